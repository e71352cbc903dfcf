<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/staff/_applications.py" line="39"/>
        <source>⚠ Quá hạn {n} ngày: gửi phiếu xin lỗi, hẹn lại ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="43"/>
        <source>Cần bổ sung giấy tờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="48"/>
        <source>Cổng trả lại: cần sửa rồi gửi lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="50"/>
        <source>Đến hạn hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="64"/>
        <source>Tìm theo họ tên, số định danh, điện thoại hoặc mã hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="66"/>
        <source>Tìm hồ sơ đã nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="68"/>
        <location filename="../../ui/staff/_drafts.py" line="42"/>
        <source>Tìm</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="71"/>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="72"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="73"/>
        <source>Cần bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="82"/>
        <location filename="../../ui/staff/_outbox.py" line="55"/>
        <source>Mã hồ sơ</source>
        <translation type="unfinished">Application code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="82"/>
        <location filename="../../ui/staff/_drafts.py" line="45"/>
        <location filename="../../ui/staff/_outbox.py" line="55"/>
        <source>Thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="82"/>
        <location filename="../../ui/staff/_outbox.py" line="55"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="82"/>
        <source>Hạn trả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="82"/>
        <source>Cần làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="135"/>
        <source>Quá hạn ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="136"/>
        <source>Cần bổ sung ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="157"/>
        <source>{n} hồ sơ quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="159"/>
        <source>{n} hồ sơ cần bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="161"/>
        <source>Cần xử lý: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="163"/>
        <source>Không có hồ sơ quá hạn hay cần bổ sung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="165"/>
        <source>Không thấy hồ sơ nào khớp. Hãy thử họ tên đầy đủ hoặc mã hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="168"/>
        <source>Không đọc được danh sách hồ sơ. Hãy thử lại hoặc báo kỹ thuật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="96"/>
        <source>Không có hồ sơ nào đang chờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="101"/>
        <source>{d} ngày {h} giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="103"/>
        <source>{h} giờ {m} phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="104"/>
        <source>{m} phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="118"/>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="119"/>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="39"/>
        <source>Quản lý hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="40"/>
        <location filename="../../ui/staff/_dashboard.py" line="72"/>
        <location filename="../../ui/staff/_settings.py" line="85"/>
        <source>← Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="41"/>
        <source>Thoát khỏi trang cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="47"/>
        <source>Hồ sơ nháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="48"/>
        <source>Hàng đợi gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="49"/>
        <source>Hồ sơ đã nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="67"/>
        <source>Chỉ tiêu của Thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="69"/>
        <source>+ Ghi nhận hồ sơ giấy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="70"/>
        <source>Ghi nhận một hồ sơ nhận bằng giấy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="75"/>
        <source>Hồ sơ nhận trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="76"/>
        <source>Hồ sơ toàn trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="77"/>
        <source>Trả kết quả đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="78"/>
        <source>Kết quả có bản điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="173"/>
        <location filename="../../ui/staff/_dashboard.py" line="174"/>
        <source>hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="175"/>
        <location filename="../../ui/staff/_dashboard.py" line="176"/>
        <source>kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="179"/>
        <source>Hồ sơ chưa lên cổng: {n} · chờ lâu nhất: {age} · quá hạn: {late} · cần bổ sung: {sup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="193"/>
        <source>Không tính được số liệu. Hãy thử lại hoặc báo kỹ thuật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="202"/>
        <source>Đã ghi nhận 1 hồ sơ giấy (tổng cộng {n} hồ sơ giấy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="208"/>
        <source>Chưa ghi nhận được hồ sơ giấy. Hãy bấm lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="228"/>
        <source>Hồ sơ nộp mỗi ngày ({n} ngày qua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="229"/>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="257"/>
        <source>Theo thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="261"/>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="269"/>
        <source>Theo thủ tục: chưa có hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="39"/>
        <source>Tìm theo họ tên, số định danh, điện thoại hoặc mã nháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="40"/>
        <source>Tìm hồ sơ nháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="45"/>
        <source>Mã nháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="45"/>
        <source>Sửa lần cuối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="58"/>
        <source>Tiếp tục hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="60"/>
        <location filename="../../ui/staff/_drafts.py" line="132"/>
        <source>Xoá hồ sơ nháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="103"/>
        <source>{n} hồ sơ nháp đang mở.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="105"/>
        <source>Không thấy hồ sơ nháp nào khớp. Hãy thử họ tên đầy đủ hoặc mã nháp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="107"/>
        <source>Không có hồ sơ nháp nào đang mở.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="113"/>
        <source>Không đọc được danh sách hồ sơ nháp. Hãy thử lại hoặc báo kỹ thuật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="130"/>
        <source>Xoá hồ sơ nháp {code}? Câu trả lời và tệp đính kèm sẽ bị xoá hẳn khỏi máy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="142"/>
        <source>Đã xoá hồ sơ nháp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="142"/>
        <source>Hồ sơ nháp đã không còn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_gauges.py" line="62"/>
        <source>mục tiêu ≥ {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_gauges.py" line="77"/>
        <source>Chưa có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_gauges.py" line="81"/>
        <source>đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_gauges.py" line="81"/>
        <source>chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="48"/>
        <source>Đồng bộ ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="49"/>
        <source>Gửi ngay các hồ sơ chờ lên cổng dịch vụ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="51"/>
        <source>Gửi lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="55"/>
        <source>Tiến độ</source>
        <translation type="unfinished">Progress</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="55"/>
        <source>Nộp lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="80"/>
        <source>Máy chưa kết nối cổng dịch vụ công.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="109"/>
        <source>Tiến độ gửi hồ sơ {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="116"/>
        <source>Mọi hồ sơ đã lên cổng dịch vụ công.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="118"/>
        <source>{n} hồ sơ chờ gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="120"/>
        <source>{n} hồ sơ bị cổng trả lại: cần sửa rồi gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="128"/>
        <source>Đã chuyển sang máy khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="130"/>
        <source>Chờ gửi lại (đã thử {n} lần)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="139"/>
        <source>Không đọc được hàng đợi gửi. Hãy thử lại hoặc báo kỹ thuật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="159"/>
        <source>Đang gửi hồ sơ lên cổng dịch vụ công…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="72"/>
        <source>Cài đặt máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="73"/>
        <source>Tệp cấu hình: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="81"/>
        <source>Kiểm tra và lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="83"/>
        <source>Bỏ thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="172"/>
        <source>Chưa lưu. Hãy sửa {n} chỗ sau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="191"/>
        <source>Không ghi được tệp cấu hình ({e}). Hãy báo kỹ thuật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="196"/>
        <source>Không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="199"/>
        <source>Đã lưu {n} thay đổi. Khởi động lại máy kiosk để áp dụng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autofill</name>
    <message>
        <location filename="../../ui/screens/_autofill.py" line="57"/>
        <source>Đã điền từ thẻ căn cước: %1. Hãy kiểm tra lại và sửa nếu chưa đúng.</source>
        <translation>Filled in from the ID card: %1. Please check and correct anything that is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py" line="65"/>
        <source>Trang này không hỏi thông tin của một người, nên chưa điền gì từ thẻ. Hãy quét thẻ khi đến phần thông tin của người đó.</source>
        <translation>This page does not ask about a person, so nothing was filled in from the card. Scan the card when you reach that person's details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py" line="77"/>
        <source>Không đọc được thẻ. Xin quét lại hoặc nhập tay.</source>
        <translation>The card could not be read. Please scan it again or type the details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py" line="80"/>
        <source>Chưa điền gì từ thẻ.</source>
        <translation>Nothing was filled in from the card.</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="46"/>
        <source>Chọn thủ tục</source>
        <translation>Choose a procedure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="48"/>
        <source>Gõ tên thủ tục để tìm</source>
        <translation>Type the name of a procedure to search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="49"/>
        <source>Tìm thủ tục</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="53"/>
        <source>Không tìm thấy thủ tục này. Hãy thử từ khác, hoặc hỏi cán bộ ở quầy.</source>
        <translation>No procedure found. Try other words, or ask the staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="65"/>
        <source>← Về trang chủ</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="66"/>
        <source>Về trang chủ</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="87"/>
        <source>Chạm vào thủ tục bạn cần.</source>
        <translation>Touch the procedure you need.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../ui/screens/_consent.py" line="36"/>
        <source>Đồng ý xử lý dữ liệu cá nhân</source>
        <translation>Consent to processing personal data</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="40"/>
        <source>Đọc từng mục dưới đây. Đánh dấu vào ô nếu bạn đồng ý. Không đánh dấu nghĩa là không đồng ý.</source>
        <translation>Read each item below. Tick the box if you agree. No tick means you do not agree.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="59"/>
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="60"/>
        <source>Quay lại trang xem lại</source>
        <translation>Back to the review</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="62"/>
        <location filename="../../ui/screens/_consent.py" line="63"/>
        <location filename="../../ui/screens/_consent.py" line="105"/>
        <source>Gửi hồ sơ</source>
        <translation>Send the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="105"/>
        <source>Đang gửi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="128"/>
        <source>Dữ liệu: %1
Đơn vị xử lý: %2
Quyền của bạn: %3
Phiên bản văn bản: %4</source>
        <translation>Data: %1
Processed by: %2
Your rights: %3
Text version: %4</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="141"/>
        <source>(bắt buộc để xử lý hồ sơ)</source>
        <translation>(needed to process the application)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="143"/>
        <source>(không bắt buộc)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="145"/>
        <source>Tôi đồng ý</source>
        <translation>I agree</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="148"/>
        <source>Đồng ý: %1</source>
        <translation>Agree: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="163"/>
        <source>Bạn cần đánh dấu đồng ý ở mục “%1” thì hồ sơ mới được xử lý. Nếu không đồng ý, hãy hỏi cán bộ để nộp hồ sơ giấy.</source>
        <translation>Tick “%1” so the application can be processed. If you do not agree, ask the staff to file on paper.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="1"/>
        <source>Dữ liệu cá nhân nhạy cảm: %1</source>
        <translation>Sensitive personal data: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="30"/>
        <source>Bạn có hài lòng với dịch vụ hôm nay không?</source>
        <translation>Are you satisfied with the service today?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="51"/>
        <source>Bạn có thể góp ý thêm qua ứng dụng iHanoi (Công dân Thủ đô số). Quét mã QR để mở Cổng thông tin điện tử Hà Nội và tải ứng dụng.</source>
        <translation>You can give more feedback in the iHanoi app (Công dân Thủ đô số). Scan the QR code to open the Hanoi city portal and get the app.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="60"/>
        <source>Mã QR góp ý iHanoi</source>
        <translation>iHanoi feedback QR code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="63"/>
        <source>Xong / người tiếp theo</source>
        <translation>Done / next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="64"/>
        <source>Xong, xoá thông tin, cho người tiếp theo</source>
        <translation>Done: clear everything for the next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="98"/>
        <source>Cảm ơn bạn đã đánh giá!</source>
        <translation>Thank you for your rating!</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="52"/>
        <location filename="../../ui/screens/_field_widgets.py" line="184"/>
        <source>Gõ vài chữ để tìm</source>
        <translation>Type a few letters to search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="194"/>
        <source>Địa chỉ trên thẻ (%1) nay thuộc một trong các xã/phường dưới đây. Hãy chọn đúng nơi ở; không thấy thì gõ tên để tìm.</source>
        <translation>The address on the card (%1) is now in one of the communes or wards below. Please choose where you live; if it is not listed, type its name to search.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="201"/>
        <source>Không tìm thấy xã/phường trong địa chỉ trên thẻ (%1). Hãy chọn xã/phường.</source>
        <translation>No commune or ward was found in the address on the card (%1). Please choose the commune or ward.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="109"/>
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="111"/>
        <source>Xã / phường</source>
        <translation>Commune / ward</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="114"/>
        <source>Số nhà, đường, thôn/tổ dân phố</source>
        <translation>House number, street, village/residential group</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="120"/>
        <source>Số nhà, đường</source>
        <translation>House number, street</translation>
    </message>
    <message>
        <source>năm, ví dụ 1990</source>
        <translation type="vanished">year, e.g. 1990</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="108"/>
        <source>ngày/tháng/năm, hoặc chỉ năm (ví dụ 1990)</source>
        <translation>day/month/year, or just the year (e.g. 1990)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="187"/>
        <source>Tìm trong danh sách</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="278"/>
        <source>(chưa điền)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="281"/>
        <location filename="../../ui/screens/_field_widgets.py" line="326"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="283"/>
        <location filename="../../ui/screens/_field_widgets.py" line="327"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="29"/>
        <location filename="../../ui/screens/_group_input.py" line="30"/>
        <source>Xoá mục này</source>
        <translation>Remove this entry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="47"/>
        <location filename="../../ui/screens/_group_input.py" line="48"/>
        <source>Thêm một mục</source>
        <translation>Add an entry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="108"/>
        <location filename="../../ui/screens/_group_input.py" line="111"/>
        <source>Chọn tệp ảnh hoặc PDF</source>
        <translation>Choose a photo or PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="115"/>
        <source>Chưa có tệp. Nếu không có, hãy đưa giấy tờ cho cán bộ.</source>
        <translation>No file yet. If you have none, hand the paper to the staff.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="135"/>
        <source>Chưa có tệp.</source>
        <translation>No file yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="146"/>
        <source>Chọn tệp</source>
        <translation>Choose a file</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/_home.py" line="26"/>
        <source>Xin chào! Bạn cần làm thủ tục gì?</source>
        <translation>Hello! Which procedure do you need?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="30"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="31"/>
        <source>Bắt đầu làm hồ sơ</source>
        <translation>Start an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="34"/>
        <source>Hoặc gõ tên thủ tục, ví dụ “khai sinh”:</source>
        <translation>Or type the name of a procedure, e.g. “birth”:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="38"/>
        <location filename="../../ui/screens/_home.py" line="39"/>
        <location filename="../../ui/screens/_home.py" line="41"/>
        <source>Tìm thủ tục</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="40"/>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="42"/>
        <source>Tra cứu hồ sơ</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="43"/>
        <source>Tra cứu tình trạng hồ sơ</source>
        <translation>Check the status of an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="44"/>
        <source>Tiếp tục hồ sơ đang làm</source>
        <translation>Continue an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="45"/>
        <source>Tiếp tục hồ sơ đang làm dở</source>
        <translation>Continue an unfinished application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="46"/>
        <source>Cán bộ hỗ trợ</source>
        <translation>Staff help</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="47"/>
        <source>Cán bộ đăng nhập để hỗ trợ</source>
        <translation>Staff sign-in to help</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="49"/>
        <source>Đổi ngôn ngữ</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="97"/>
        <source>Bấm Bắt đầu để làm hồ sơ.</source>
        <translation>Press Start to make an application.</translation>
    </message>
</context>
<context>
    <name>KioskApp</name>
    <message>
        <location filename="../../ui/_app.py" line="144"/>
        <source>Dữ liệu trên máy bị hỏng và đã được cất sang một bên; kiosk đang chạy với dữ liệu mới. Hãy báo cán bộ kỹ thuật để kiểm tra các hồ sơ cũ.</source>
        <translation>The data on this kiosk was damaged and has been set aside; the kiosk is running with fresh data. Please tell the technical staff so they can check the earlier applications.</translation>
    </message>
    <message>
        <location filename="../../ui/_app.py" line="153"/>
        <source>Không mở được dữ liệu trên máy. Hồ sơ mới chưa thể lưu. Hãy báo cán bộ kỹ thuật.</source>
        <translation>The data on this kiosk could not be opened. New applications cannot be saved yet. Please tell the technical staff.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/_window.py" line="259"/>
        <location filename="../../ui/_window.py" line="296"/>
        <location filename="../../ui/_window.py" line="297"/>
        <location filename="../../ui/_window.py" line="380"/>
        <source>Tôi vẫn đang dùng</source>
        <translation>I am still here</translation>
    </message>
    <message>
        <location filename="../../ui/_window.py" line="318"/>
        <source>Bạn còn đó không? Sau %1 giây, thông tin trên màn hình sẽ được xoá để bảo vệ bạn. Chạm vào màn hình để tiếp tục.</source>
        <translation>Are you still there? In %1 seconds the screen will be cleared to protect you. Touch the screen to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="104"/>
        <source>Có lỗi khi lưu hoặc đọc dữ liệu trên máy. Thông tin bạn đã nhập vẫn còn. Hãy thử lại, hoặc báo cán bộ ở quầy.</source>
        <translation>Saving or reading data on this kiosk failed. What you entered is still here. Try again, or tell the staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="311"/>
        <source>Đã gửi giấy biên nhận tới máy in. Hãy lấy giấy ở khay máy in.</source>
        <translation>The receipt was sent to the printer. Take it from the printer tray.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="315"/>
        <source>Máy in không hoạt động. Hãy báo cán bộ ở quầy để in giúp.</source>
        <translation>The printer is not working. Ask the staff at the counter to print it.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="323"/>
        <source>Chưa có máy in. Giấy biên nhận đã được lưu thành tệp PDF tại: %1. Cán bộ ở quầy có thể in giúp bạn.</source>
        <translation>No printer is set up. The receipt was saved as a PDF file: %1. The staff at the counter can print it for you.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="333"/>
        <source>Không tạo được giấy biên nhận. Hãy ghi lại mã hồ sơ và báo cán bộ ở quầy.</source>
        <translation>The receipt could not be made. Write down the application code and tell the staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="389"/>
        <source>Không đăng nhập được. Hãy thử lại.</source>
        <translation>Sign-in failed. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/_crash.py" line="28"/>
        <source>Đã có lỗi, xin bắt đầu lại. Hồ sơ đã lưu không bị mất.</source>
        <translation>Something went wrong; please start again. Saved applications are not lost.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow_forms.py" line="151"/>
        <source>Đã đọc thẻ căn cước. Hãy quét thẻ khi đang điền thông tin của người đó trong hồ sơ.</source>
        <translation>The ID card was read. Scan it while you are filling in that person's details in an application.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow_forms.py" line="194"/>
        <source>Chưa mở được hồ sơ. Hãy thử lại, hoặc báo cán bộ ở quầy.</source>
        <translation>The application could not be opened. Please try again, or ask the staff at the counter.</translation>
    </message>
</context>
<context>
    <name>Lockdown</name>
    <message>
        <location filename="../../ui/_lockdown.py" line="282"/>
        <source>Thoát chế độ kiosk: quản trị viên nhập mã cán bộ và mã PIN</source>
        <translation>Leave kiosk mode: an administrator enters a staff ID and PIN</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="44"/>
        <source>Tra cứu hồ sơ</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="48"/>
        <source>Gõ mã hồ sơ in trên giấy biên nhận, hoặc đưa mã QR trên giấy vào máy quét.</source>
        <translation>Type the application code printed on the receipt, or hold the receipt QR code to the scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="56"/>
        <location filename="../../ui/screens/_lookup.py" line="57"/>
        <source>Mã hồ sơ</source>
        <translation>Application code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="58"/>
        <location filename="../../ui/screens/_lookup.py" line="59"/>
        <source>Tra cứu</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="62"/>
        <source>← Về trang chủ</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="63"/>
        <source>Về trang chủ</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="93"/>
        <source>Không tìm thấy hồ sơ có mã này trên máy. Hãy kiểm tra lại mã, hoặc tra cứu trên Cổng dịch vụ công quốc gia.</source>
        <translation>No application with this code on this kiosk. Check the code, or look it up on the National Public Service Portal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="120"/>
        <source>Hãy gõ mã hồ sơ trước khi bấm Tra cứu.</source>
        <translation>Type the application code before pressing Check.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="122"/>
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/_lockdown.py" line="73"/>
        <location filename="../../ui/_lockdown.py" line="74"/>
        <source>Mã cán bộ</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../ui/_lockdown.py" line="77"/>
        <location filename="../../ui/_lockdown.py" line="78"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/_lockdown.py" line="88"/>
        <source>Xoá một số</source>
        <translation>Delete a digit</translation>
    </message>
    <message>
        <location filename="../../ui/_lockdown.py" line="88"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/_lockdown.py" line="96"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/_lockdown.py" line="97"/>
        <source>Huỷ, quay lại kiosk</source>
        <translation>Cancel, back to the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/_lockdown.py" line="178"/>
        <source>Hãy nhập mã cán bộ và mã PIN.</source>
        <translation>Enter the staff ID and the PIN.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="49"/>
        <source>Mã hồ sơ của bạn:</source>
        <translation>Your application code:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="52"/>
        <source>Mã hồ sơ</source>
        <translation>Application code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="54"/>
        <source>Mã QR của hồ sơ</source>
        <translation>QR code of the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="65"/>
        <location filename="../../ui/screens/_receipt.py" line="66"/>
        <source>In giấy biên nhận</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="67"/>
        <source>Đánh giá dịch vụ</source>
        <translation>Rate the service</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="68"/>
        <source>Đánh giá mức độ hài lòng</source>
        <translation>Rate your satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="69"/>
        <source>Xong / người tiếp theo</source>
        <translation>Done / next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="70"/>
        <source>Xong, xoá thông tin, cho người tiếp theo</source>
        <translation>Done: clear everything for the next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="114"/>
        <source>Hồ sơ đã được tiếp nhận</source>
        <translation>Application received</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="114"/>
        <source>Đã gửi hồ sơ</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="118"/>
        <source>Mã hồ sơ chính thức:</source>
        <translation>Official application code:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="118"/>
        <source>Mã hồ sơ tạm thời:</source>
        <translation>Provisional application code:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="125"/>
        <source>Hồ sơ đã lên Cổng dịch vụ công. Dùng mã này để tra cứu. Hãy in hoặc chụp lại giấy biên nhận.</source>
        <translation>The application has reached the Public Service Portal. Use this code to check it. Print or photograph the receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="132"/>
        <source>Mã hồ sơ tạm thời. Hồ sơ chưa được tiếp nhận chính thức cho đến khi được gửi lên Cổng dịch vụ công.</source>
        <translation>Provisional code. The application is not officially received until it has been sent to the Public Service Portal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="138"/>
        <source>Tin nhắn về hồ sơ sẽ được gửi tới số %1.</source>
        <translation>Text messages about the application will go to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="153"/>
        <source>Đang chuẩn bị giấy biên nhận…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="1"/>
        <source>Người nộp: %1 — %2 — Cơ quan giải quyết: %3</source>
        <translation>Filed by: %1 — %2 — Handled by: %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="1"/>
        <source>Giấy tờ đã nhận:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="1"/>
        <source>Hẹn trả kết quả: %1</source>
        <translation>Result due: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="1"/>
        <source>Nơi nhận kết quả: %1</source>
        <translation>Where to collect the result: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="1"/>
        <source>Lệ phí: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="1"/>
        <source>Các bước tiếp theo:</source>
        <translation>What happens next:</translation>
    </message>
</context>
<context>
    <name>ResumeScreen</name>
    <message>
        <location filename="../../ui/screens/_resume.py" line="28"/>
        <source>Tiếp tục hồ sơ đang làm</source>
        <translation>Continue an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="33"/>
        <source>Nhập mã hồ sơ đang làm (hiện trên màn hình khi bạn điền, dạng XXXX-XXXX) và số định danh cá nhân của người đi đăng ký.</source>
        <translation>Enter the draft code (shown on screen while you were filling in, like XXXX-XXXX) and the personal ID number of the person applying.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="41"/>
        <location filename="../../ui/screens/_resume.py" line="46"/>
        <source>Mã hồ sơ đang làm</source>
        <translation>Draft code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="45"/>
        <source>ví dụ AB12-CD34</source>
        <translation>e.g. AB12-CD34</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="47"/>
        <source>Số định danh cá nhân (12 số)</source>
        <translation>Personal ID number (12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="50"/>
        <source>12 chữ số trên thẻ căn cước</source>
        <translation>the 12 digits on the ID card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="51"/>
        <source>Số định danh cá nhân</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="55"/>
        <source>Mở hồ sơ →</source>
        <translation>Open the application →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="56"/>
        <source>Mở hồ sơ đang làm</source>
        <translation>Open the unfinished application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="57"/>
        <source>← Về trang chủ</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="58"/>
        <source>Về trang chủ</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="107"/>
        <source>Không mở được hồ sơ với mã và số định danh này. Hãy kiểm tra lại cả hai, hoặc nhờ cán bộ ở quầy mở giúp.</source>
        <translation>No application opens with this code and ID number. Please check both, or ask the staff at the counter to open it for you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="130"/>
        <source>Mã hồ sơ có 8 chữ và số, dạng XXXX-XXXX. Hãy nhập lại.</source>
        <translation>The draft code has 8 letters and digits, like XXXX-XXXX. Please type it again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="134"/>
        <source>Số định danh cá nhân có đúng 12 chữ số. Hãy nhập lại.</source>
        <translation>The personal ID number has exactly 12 digits. Please type it again.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/_review.py" line="38"/>
        <source>Xem lại hồ sơ</source>
        <translation>Review the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="40"/>
        <source>Hãy đọc lại từng câu trả lời. Bấm “Sửa” nếu cần thay đổi.</source>
        <translation>Read each answer again. Press “Edit” to change one.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="53"/>
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="54"/>
        <source>Quay lại câu hỏi cuối</source>
        <translation>Back to the last question</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="56"/>
        <source>Đúng rồi, tiếp tục →</source>
        <translation>Correct, continue →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="57"/>
        <source>Thông tin đúng, tiếp tục</source>
        <translation>The information is correct, continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="98"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="101"/>
        <source>Sửa: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="1"/>
        <source>Giấy tờ bản giấy đã nhận (cán bộ ghi)</source>
        <translation>Paper documents received (staff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="1"/>
        <source>Ghi số bản giấy người dân đã nộp cho từng loại giấy tờ (không tính tệp đã đính kèm). Giấy biên nhận chỉ ghi những gì đã nhận.</source>
        <translation>Enter how many papers the resident handed over for each document (not counting attached files). The receipt lists only what was received.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="1"/>
        <source> bản</source>
        <translation> papers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="1"/>
        <source>Số bản giấy: %1</source>
        <translation>Number of papers: %1</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/screens/_staff.py" line="29"/>
        <source>Cán bộ đăng nhập để hỗ trợ</source>
        <translation>Staff sign-in to help</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="31"/>
        <location filename="../../ui/screens/_staff.py" line="32"/>
        <source>Mã cán bộ</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="35"/>
        <location filename="../../ui/screens/_staff.py" line="36"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="45"/>
        <source>Xoá một số</source>
        <translation>Delete a digit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="45"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="52"/>
        <source>← Về trang chủ</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="53"/>
        <source>Về trang chủ</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="105"/>
        <source>Hãy nhập mã cán bộ và mã PIN.</source>
        <translation>Enter the staff ID and the PIN.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/_topbar.py" line="45"/>
        <location filename="../../ui/_topbar.py" line="105"/>
        <source>Mở trang cán bộ: quản lý hồ sơ, báo cáo</source>
        <translation>Open the staff page: applications, reports</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="48"/>
        <location filename="../../ui/_topbar.py" line="160"/>
        <source>Cán bộ đang nhập</source>
        <translation>Staff typing</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="50"/>
        <location filename="../../ui/_topbar.py" line="95"/>
        <source>Chuyển người nhập: cán bộ hoặc người dân</source>
        <translation>Switch who is typing: staff or resident</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="52"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="53"/>
        <location filename="../../ui/_topbar.py" line="96"/>
        <source>Chữ nhỏ hơn</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="55"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="56"/>
        <location filename="../../ui/_topbar.py" line="97"/>
        <source>Chữ to hơn</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="57"/>
        <location filename="../../ui/_topbar.py" line="98"/>
        <source>◐ Tương phản cao</source>
        <translation>◐ High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="59"/>
        <location filename="../../ui/_topbar.py" line="99"/>
        <source>Bật hoặc tắt chế độ tương phản cao</source>
        <translation>Turn high contrast on or off</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="60"/>
        <location filename="../../ui/_topbar.py" line="100"/>
        <source>Đọc to</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="62"/>
        <location filename="../../ui/_topbar.py" line="101"/>
        <source>Bật hoặc tắt giọng đọc</source>
        <translation>Turn the voice on or off</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="63"/>
        <location filename="../../ui/_topbar.py" line="102"/>
        <source>Giọng đọc không khả dụng</source>
        <translation>Voice not available</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="65"/>
        <location filename="../../ui/_topbar.py" line="103"/>
        <source>Xong / người tiếp theo</source>
        <translation>Done / next person</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="66"/>
        <location filename="../../ui/_topbar.py" line="104"/>
        <source>Xong, xoá thông tin, cho người tiếp theo</source>
        <translation>Done: clear everything for the next person</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="127"/>
        <source>Cán bộ: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="160"/>
        <source>Người dân đang nhập</source>
        <translation>Resident typing</translation>
    </message>
</context>
<context>
    <name>WholeFormScreen</name>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="89"/>
        <source>Cả tờ khai</source>
        <translation>The whole form</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="93"/>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="104"/>
        <source>← Một câu mỗi trang</source>
        <translation>← One question per page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="105"/>
        <source>Chuyển về một câu hỏi mỗi trang</source>
        <translation>Back to one question per page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="107"/>
        <source>Xem lại hồ sơ →</source>
        <translation>Review the application →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="108"/>
        <source>Kiểm tra và xem lại hồ sơ</source>
        <translation>Check and review the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="184"/>
        <source>Mã hồ sơ đang làm: %1 (ghi lại để làm tiếp sau)</source>
        <translation>Draft code: %1 (write it down to continue later)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="217"/>
        <location filename="../../ui/screens/_wholeform.py" line="218"/>
        <source> (đã điền từ thẻ căn cước)</source>
        <translation> (filled in from the ID card)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="325"/>
        <source>Còn mục chưa đúng, xem chữ đỏ.</source>
        <translation>Some answers need fixing: see the red text.</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="65"/>
        <source>Kiểu gõ:</source>
        <translation>Typing:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="104"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="111"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="114"/>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="148"/>
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="149"/>
        <source>Đọc lại</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="150"/>
        <location filename="../../ui/screens/_wizard.py" line="158"/>
        <source>Về trang xem lại</source>
        <translation>Back to the review</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="151"/>
        <source>Xem cả tờ khai</source>
        <translation>Whole form</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="152"/>
        <source>Chuyển sang nhập cả tờ khai trên một trang</source>
        <translation>Switch to filling in the whole form on one page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="155"/>
        <location filename="../../ui/screens/_wizard.py" line="248"/>
        <source>Tiếp tục →</source>
        <translation>Continue →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="156"/>
        <source>Quay lại câu trước</source>
        <translation>Back to the previous question</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="157"/>
        <source>Đọc lại câu hỏi</source>
        <translation>Read the question again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="159"/>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="220"/>
        <source>Bước %1/%2</source>
        <translation>Step %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="230"/>
        <source> (không bắt buộc)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="232"/>
        <source> (đã điền từ thẻ căn cước)</source>
        <translation> (filled in from the ID card)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="239"/>
        <source>%1 là dữ liệu cá nhân nhạy cảm. Thông tin này được bảo vệ đặc biệt theo Nghị định 13/2023.</source>
        <translation>%1 is sensitive personal data. It is specially protected under Decree 13/2023.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="248"/>
        <source>Xem lại hồ sơ →</source>
        <translation>Review the application →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="283"/>
        <source>Mã hồ sơ đang làm: %1 (ghi lại để làm tiếp sau)</source>
        <translation>Draft code: %1 (write it down to continue later)</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="39"/>
        <source> (không bắt buộc)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="47"/>
        <source>%1 là dữ liệu cá nhân nhạy cảm, được bảo vệ theo Nghị định 13/2023.</source>
        <translation>%1 is sensitive personal data, specially protected under Decree 13/2023.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/_lockdown.py" line="207"/>
        <source>Không kiểm tra được mã PIN. Hãy thử lại.</source>
        <translation>The PIN could not be checked. Please try again.</translation>
    </message>
</context>
</TS>
