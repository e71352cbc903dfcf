<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/staff/_applications.py" line="40"/>
        <source>⚠ Quá hạn {n} ngày: gửi phiếu xin lỗi, hẹn lại ngày</source>
        <translation>⚠ {n} days overdue: send an apology note with a new date</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="44"/>
        <source>Cần bổ sung giấy tờ</source>
        <translation>Documents to add</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="49"/>
        <source>Cổng trả lại: cần sửa rồi gửi lại</source>
        <translation>Returned by the portal: correct and resend</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="51"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="66"/>
        <source>Tìm theo họ tên, số định danh, điện thoại hoặc mã hồ sơ</source>
        <translation>Search by name, ID number, phone or application code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="68"/>
        <source>Tìm hồ sơ đã nộp</source>
        <translation>Search submitted applications</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="70"/>
        <location filename="../../ui/staff/_drafts.py" line="44"/>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="73"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="74"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="75"/>
        <location filename="../../ui/staff/_common.py" line="68"/>
        <source>Cần bổ sung</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="84"/>
        <location filename="../../ui/staff/_outbox.py" line="54"/>
        <source>Mã hồ sơ</source>
        <translation>Application code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="84"/>
        <location filename="../../ui/staff/_drafts.py" line="47"/>
        <location filename="../../ui/staff/_outbox.py" line="54"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="84"/>
        <location filename="../../ui/staff/_outbox.py" line="54"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="84"/>
        <source>Hạn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="84"/>
        <source>Cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="129"/>
        <source>Quá hạn ({n})</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="130"/>
        <source>Cần bổ sung ({n})</source>
        <translation>Documents missing ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="153"/>
        <source>{n} hồ sơ quá hạn</source>
        <translation>{n} overdue applications</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="155"/>
        <source>{n} hồ sơ cần bổ sung</source>
        <translation>{n} applications missing documents</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="157"/>
        <source>Cần xử lý: </source>
        <translation>To handle: </translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="159"/>
        <source>Không có hồ sơ quá hạn hay cần bổ sung.</source>
        <translation>No application is overdue or missing documents.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="161"/>
        <source>Không thấy hồ sơ nào khớp. Hãy thử họ tên đầy đủ hoặc mã hồ sơ.</source>
        <translation>No matching application. Try the full name or the application code.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_applications.py" line="164"/>
        <source>Không đọc được danh sách hồ sơ. Hãy thử lại hoặc báo kỹ thuật.</source>
        <translation>The list of applications could not be read. Try again or tell the technician.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="55"/>
        <location filename="../../ui/staff/_common.py" line="59"/>
        <source>Chờ gửi</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="56"/>
        <source>Đang gửi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="57"/>
        <source>Đã lên cổng</source>
        <translation>On the portal</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="58"/>
        <source>Cần sửa</source>
        <translation>Needs correcting</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="60"/>
        <source>Bị trả lại, cần sửa</source>
        <translation>Returned, needs correcting</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="64"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="65"/>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="66"/>
        <source>Không tiếp nhận</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="67"/>
        <source>Đang xử lý</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="69"/>
        <source>Chờ nộp phí</source>
        <translation>Waiting for the fee</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="70"/>
        <source>Công dân đã rút</source>
        <translation>Withdrawn by the resident</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="71"/>
        <source>Dừng xử lý</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="72"/>
        <source>Đã giải quyết</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="73"/>
        <source>Đã trả kết quả</source>
        <translation>Result delivered</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="116"/>
        <source>Không có hồ sơ nào đang chờ</source>
        <translation>No application is waiting</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="121"/>
        <source>{d} ngày {h} giờ</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="123"/>
        <source>{h} giờ {m} phút</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="124"/>
        <source>{m} phút</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="138"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_common.py" line="139"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="39"/>
        <source>Quản lý hồ sơ</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="40"/>
        <location filename="../../ui/staff/_dashboard.py" line="73"/>
        <location filename="../../ui/staff/_settings.py" line="85"/>
        <source>← Thoát</source>
        <translation>← Leave</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="41"/>
        <source>Thoát khỏi trang cán bộ</source>
        <translation>Leave the staff pages</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="47"/>
        <source>Hồ sơ nháp</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="48"/>
        <source>Hàng đợi gửi</source>
        <translation>Send queue</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="49"/>
        <source>Hồ sơ đã nộp</source>
        <translation>Submitted applications</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_console.py" line="79"/>
        <source>Người dân gọi cán bộ hỗ trợ hôm nay: %1 lần, lần cuối lúc %2.</source>
        <translation>Residents called staff for help today: %1 times, last at %2.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="68"/>
        <source>Chỉ tiêu của Thành phố</source>
        <translation>City targets</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="70"/>
        <source>+ Ghi nhận hồ sơ giấy</source>
        <translation>+ Record a paper application</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="71"/>
        <source>Ghi nhận một hồ sơ nhận bằng giấy</source>
        <translation>Record an application received on paper</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="76"/>
        <source>Hồ sơ nhận trực tuyến</source>
        <translation>Applications received online</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="77"/>
        <source>Hồ sơ toàn trình</source>
        <translation>Fully online applications</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="78"/>
        <source>Trả kết quả đúng hạn</source>
        <translation>Results on time</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="79"/>
        <source>Kết quả có bản điện tử</source>
        <translation>Results issued electronically</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="186"/>
        <source>Thông tin chưa được xác nhận từ văn bản (verify): đối chiếu trước khi trả lời</source>
        <translation>Not yet confirmed from the official text (verify): check before answering</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="195"/>
        <location filename="../../ui/staff/_dashboard.py" line="196"/>
        <source>hồ sơ</source>
        <translation>applications</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="197"/>
        <location filename="../../ui/staff/_dashboard.py" line="198"/>
        <source>kết quả</source>
        <translation>results</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="201"/>
        <source>Hồ sơ chưa lên cổng: {n} · chờ lâu nhất: {age} · quá hạn: {late} · cần bổ sung: {sup}</source>
        <translation>Not yet on the portal: {n} · longest wait: {age} · overdue: {late} · documents missing: {sup}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="215"/>
        <source>Không tính được số liệu. Hãy thử lại hoặc báo kỹ thuật.</source>
        <translation>The figures could not be computed. Try again or tell the technician.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="224"/>
        <source>Đã ghi nhận 1 hồ sơ giấy (tổng cộng {n} hồ sơ giấy).</source>
        <translation>1 paper application recorded ({n} paper applications in all).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="230"/>
        <source>Chưa ghi nhận được hồ sơ giấy. Hãy bấm lại.</source>
        <translation>The paper application was not recorded. Please tap again.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="250"/>
        <source>Hồ sơ nộp mỗi ngày ({n} ngày qua)</source>
        <translation>Applications per day (last {n} days)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="251"/>
        <source>Hồ sơ</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="279"/>
        <source>Theo thủ tục</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="283"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_dashboard.py" line="291"/>
        <source>Theo thủ tục: chưa có hồ sơ</source>
        <translation>By procedure: no applications yet</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="40"/>
        <source>Tìm theo họ tên, số định danh, điện thoại hoặc mã nháp</source>
        <translation>Search by name, ID number, phone or draft code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="42"/>
        <source>Tìm hồ sơ nháp</source>
        <translation>Search drafts</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="47"/>
        <source>Mã nháp</source>
        <translation>Draft code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="47"/>
        <source>Sửa lần cuối</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="56"/>
        <source>Tiếp tục hồ sơ</source>
        <translation>Continue the application</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="58"/>
        <location filename="../../ui/staff/_drafts.py" line="131"/>
        <source>Xoá hồ sơ nháp</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="102"/>
        <source>{n} hồ sơ nháp đang mở.</source>
        <translation>{n} open drafts.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="104"/>
        <source>Không thấy hồ sơ nháp nào khớp. Hãy thử họ tên đầy đủ hoặc mã nháp.</source>
        <translation>No matching draft. Try the full name or the draft code.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="106"/>
        <source>Không có hồ sơ nháp nào đang mở.</source>
        <translation>No open drafts.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="112"/>
        <source>Không đọc được danh sách hồ sơ nháp. Hãy thử lại hoặc báo kỹ thuật.</source>
        <translation>The list of drafts could not be read. Try again or tell the technician.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="129"/>
        <source>Xoá hồ sơ nháp {code}? Câu trả lời và tệp đính kèm sẽ bị xoá hẳn khỏi máy.</source>
        <translation>Delete draft {code}? Its answers and attached files will be removed from the kiosk for good.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="141"/>
        <source>Đã xoá hồ sơ nháp.</source>
        <translation>Draft deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_drafts.py" line="141"/>
        <source>Hồ sơ nháp đã không còn.</source>
        <translation>The draft no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_gauges.py" line="62"/>
        <source>mục tiêu ≥ {t}</source>
        <translation>target ≥ {t}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_gauges.py" line="77"/>
        <source>Chưa có số liệu</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_gauges.py" line="81"/>
        <source>đạt</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_gauges.py" line="81"/>
        <source>chưa đạt</source>
        <translation>below target</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="47"/>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="48"/>
        <source>Gửi ngay các hồ sơ chờ lên cổng dịch vụ công</source>
        <translation>Send the waiting applications to the public-service portal now</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="50"/>
        <source>Gửi lại</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="54"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="54"/>
        <source>Nộp lúc</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="73"/>
        <source>Máy chưa kết nối cổng dịch vụ công.</source>
        <translation>The kiosk is not connected to the public-service portal.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="102"/>
        <source>Tiến độ gửi hồ sơ {code}</source>
        <translation>Sending progress of application {code}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="109"/>
        <source>Mọi hồ sơ đã lên cổng dịch vụ công.</source>
        <translation>Every application is on the public-service portal.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="111"/>
        <source>{n} hồ sơ chờ gửi.</source>
        <translation>{n} applications waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="113"/>
        <source>{n} hồ sơ bị cổng trả lại: cần sửa rồi gửi lại.</source>
        <translation>{n} applications returned by the portal: correct and resend.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="121"/>
        <source>Đã chuyển sang máy khác</source>
        <translation>Moved to another kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="123"/>
        <source>Chờ gửi lại (đã thử {n} lần)</source>
        <translation>Waiting to resend (tried {n} times)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="132"/>
        <source>Không đọc được hàng đợi gửi. Hãy thử lại hoặc báo kỹ thuật.</source>
        <translation>The send queue could not be read. Try again or tell the technician.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_outbox.py" line="152"/>
        <source>Đang gửi hồ sơ lên cổng dịch vụ công…</source>
        <translation>Sending applications to the public-service portal…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="72"/>
        <source>Cài đặt máy</source>
        <translation>Kiosk settings</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="73"/>
        <source>Tệp cấu hình: {p}</source>
        <translation>Configuration file: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="81"/>
        <source>Kiểm tra và lưu</source>
        <translation>Check and save</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="83"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="174"/>
        <source>Chưa lưu. Hãy sửa {n} chỗ sau:</source>
        <translation>Not saved. Please correct these {n} items:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="193"/>
        <source>Không ghi được tệp cấu hình ({e}). Hãy báo kỹ thuật.</source>
        <translation>The configuration file could not be written ({e}). Please tell the technician.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="198"/>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings.py" line="201"/>
        <source>Đã lưu {n} thay đổi. Khởi động lại máy kiosk để áp dụng.</source>
        <translation>{n} changes saved. Restart the kiosk to apply them.</translation>
    </message>
    <message>
        <location filename="../../ui/_alert.py" line="41"/>
        <source>Cán bộ đã xem</source>
        <translation>Seen by staff</translation>
    </message>
    <message>
        <location filename="../../ui/_alert.py" line="42"/>
        <source>Cán bộ xác nhận đã xem cảnh báo (cần mã PIN)</source>
        <translation>Staff confirm they have seen the alert (PIN needed)</translation>
    </message>
    <message>
        <location filename="../../ui/_alert.py" line="69"/>
        <source>Cán bộ nhập mã cán bộ và mã PIN để xác nhận đã xem cảnh báo</source>
        <translation>Staff: enter your staff ID and PIN to confirm you have seen the alert</translation>
    </message>
    <message>
        <location filename="../../ui/_confirm.py" line="116"/>
        <source>Những gì bạn đã nhập sẽ được xoá khỏi màn hình.</source>
        <translation>What you entered will be cleared from the screen.</translation>
    </message>
    <message>
        <location filename="../../ui/_confirm.py" line="118"/>
        <source>Bản nháp được giữ ở kiosk: bạn có thể làm tiếp sau với mã %1.</source>
        <translation>The draft is kept at this kiosk: you can carry on later with code %1.</translation>
    </message>
    <message>
        <location filename="../../ui/_confirm.py" line="123"/>
        <source>Hồ sơ của bạn chưa được gửi. Bạn muốn dừng lại?</source>
        <translation>Your application has not been sent. Do you want to stop?</translation>
    </message>
    <message>
        <location filename="../../ui/_confirm.py" line="125"/>
        <source>Xoá và cho người tiếp theo</source>
        <translation>Clear it, next person</translation>
    </message>
    <message>
        <location filename="../../ui/_confirm.py" line="126"/>
        <source>Tiếp tục làm hồ sơ</source>
        <translation>Keep working on the application</translation>
    </message>
    <message>
        <location filename="../../ui/_help.py" line="104"/>
        <source>Người dân ở kiosk cần cán bộ hỗ trợ (gọi lúc %1).</source>
        <translation>A resident at the kiosk needs staff help (called at %1).</translation>
    </message>
    <message>
        <location filename="../../ui/_help.py" line="107"/>
        <source>Đã gọi cán bộ. Xin bạn chờ một chút, cán bộ sẽ đến giúp.</source>
        <translation>Staff have been called. Please wait a moment, someone is coming to help.</translation>
    </message>
    <message>
        <location filename="../../ui/_help.py" line="119"/>
        <source>Đã gọi cán bộ. Xin chờ một chút.</source>
        <translation>Staff have been called. Please wait a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/_printing.py" line="116"/>
        <source>Đã gửi giấy biên nhận tới máy in. Hãy lấy giấy ở khay máy in.</source>
        <translation>The receipt was sent to the printer. Please take it from the printer tray.</translation>
    </message>
    <message>
        <location filename="../../ui/_printing.py" line="118"/>
        <source>Máy in không hoạt động. Hãy báo cán bộ ở quầy để in giúp.</source>
        <translation>The printer is not working. Please ask staff at the counter to print it for you.</translation>
    </message>
    <message>
        <location filename="../../ui/_printing.py" line="131"/>
        <source>Chưa có máy in. Giấy biên nhận đang hiện trên màn hình.</source>
        <translation>No printer yet. The receipt is shown on the screen.</translation>
    </message>
    <message>
        <location filename="../../ui/_printing.py" line="168"/>
        <source>Đã in giấy biên nhận. Hãy lấy giấy ở khe máy in.</source>
        <translation>The receipt is printed. Please take it from the printer slot.</translation>
    </message>
    <message>
        <location filename="../../ui/_printing.py" line="181"/>
        <source>Máy in biên nhận không in được. Giấy biên nhận đang hiện trên màn hình.</source>
        <translation>The receipt printer could not print. The receipt is shown on the screen.</translation>
    </message>
    <message>
        <location filename="../../ui/_printing.py" line="197"/>
        <source>Đã in phiếu báo. Hãy lấy giấy ở khe máy in.</source>
        <translation>The notice is printed. Please take it from the printer slot.</translation>
    </message>
    <message>
        <location filename="../../ui/_printing.py" line="203"/>
        <source>Máy in không in được. Hãy ghi lại mã hồ sơ và báo cán bộ ở quầy.</source>
        <translation>The printer could not print. Write down the application code and tell staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/_printing.py" line="141"/>
        <source>Không tạo được giấy biên nhận. Hãy ghi lại mã hồ sơ và báo cán bộ ở quầy.</source>
        <translation>The receipt could not be made. Write down the application code and tell staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="88"/>
        <source>Giấy biên nhận</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="92"/>
        <source>Chưa có máy in. Đây là giấy biên nhận của bạn; hãy ghi lại mã hồ sơ, hoặc nhờ cán bộ ở quầy in giúp.</source>
        <translation>No printer yet. This is your receipt; write down the application code, or ask staff at the counter to print it.</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="112"/>
        <source>Trang giấy biên nhận</source>
        <translation>Receipt page</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="116"/>
        <source>Mã hồ sơ: %1</source>
        <translation>Application code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="122"/>
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="123"/>
        <source>Quay lại màn hình biên nhận</source>
        <translation>Back to the receipt screen</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="125"/>
        <source>Lưu ra USB</source>
        <translation>Save to USB</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="126"/>
        <source>Lưu giấy biên nhận ra USB (cán bộ)</source>
        <translation>Save the receipt to USB (staff)</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="152"/>
        <source>Lưu giấy biên nhận ra USB</source>
        <translation>Save the receipt to USB</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="165"/>
        <source>Không lưu vào thư mục dữ liệu của máy. Hãy chọn ổ USB.</source>
        <translation>Not saved in the kiosk&apos;s data folder. Please choose the USB drive.</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="170"/>
        <source>Không lưu được tệp. Hãy kiểm tra ổ USB rồi thử lại.</source>
        <translation>The file could not be saved. Check the USB drive and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/_receipt_preview.py" line="172"/>
        <source>Đã lưu giấy biên nhận: %1</source>
        <translation>Receipt saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/_staff_pages.py" line="48"/>
        <source>Trang cán bộ</source>
        <translation>Staff page</translation>
    </message>
    <message>
        <location filename="../../ui/_staff_pages.py" line="49"/>
        <source>Đang đăng nhập: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/_staff_pages.py" line="52"/>
        <source>Nhận hồ sơ mới cho người dân</source>
        <translation>Take a new application for a resident</translation>
    </message>
    <message>
        <location filename="../../ui/_staff_pages.py" line="53"/>
        <source>Quản lý hồ sơ: nháp, hàng đợi gửi, đã nộp</source>
        <translation>Applications: drafts, send queue, submitted</translation>
    </message>
    <message>
        <location filename="../../ui/_staff_pages.py" line="54"/>
        <source>Báo cáo so với chỉ tiêu của thành phố</source>
        <translation>Report against the city&apos;s targets</translation>
    </message>
    <message>
        <location filename="../../ui/_staff_pages.py" line="55"/>
        <source>Cài đặt máy (quản trị viên)</source>
        <translation>Kiosk settings (administrator)</translation>
    </message>
    <message>
        <location filename="../../ui/_staff_pages.py" line="57"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_camera_panel.py" line="29"/>
        <location filename="../../ui/screens/_camera_panel.py" line="30"/>
        <source>Quét thẻ căn cước bằng camera</source>
        <translation>Scan the ID card with the camera</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_camera_panel.py" line="51"/>
        <source>Khung quét thẻ căn cước bằng camera</source>
        <translation>Camera view for scanning the ID card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_camera_panel.py" line="55"/>
        <source>Đưa mặt có mã QR của thẻ căn cước vào trước camera</source>
        <translation>Hold the side of the ID card with the QR code in front of the camera</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_camera_panel.py" line="60"/>
        <source>Thông báo quét thẻ</source>
        <translation>Card scan message</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_camera_panel.py" line="62"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_camera_panel.py" line="63"/>
        <source>Đóng camera quét thẻ</source>
        <translation>Close the card camera</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Báo trước khi xoá phiên (giây)</source>
        <translation>Warn before clearing the session (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Bảo mật</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Bộ phận tiếp nhận</source>
        <translation>Receiving unit</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Chu kỳ đồng bộ (giây)</source>
        <translation>Sync interval (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Chế độ kiosk (toàn màn hình)</source>
        <translation>Kiosk mode (full screen)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Cổng dịch vụ công</source>
        <translation>Public service portal</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Cỡ chữ mặc định (%)</source>
        <translation>Default text size (%)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Giữ hồ sơ nháp (giờ)</source>
        <translation>Keep drafts for (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Giữ hồ sơ đã gửi (ngày)</source>
        <translation>Keep sent applications for (days)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Hiển thị</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Khoá PIN sau khi sai (giây)</source>
        <translation>PIN locked after too many wrong tries (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Lưu giữ dữ liệu</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Mã BIN ngân hàng nhận lệ phí (6 số)</source>
        <translation>BIN of the bank receiving fees (6 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Mã tỉnh/thành phố</source>
        <translation>Province/city code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Mã xã/phường</source>
        <translation>Commune/ward code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Mã định danh cơ quan</source>
        <translation>Agency ID code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Múi giờ (mặc định Asia/Ho_Chi_Minh)</source>
        <translation>Time zone (default Asia/Ho_Chi_Minh)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Ngày làm bù vào cuối tuần (YYYY-MM-DD)</source>
        <translation>Make-up working days at weekends (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Ngày nghỉ thêm theo thông báo (YYYY-MM-DD, cách nhau bởi dấu cách)</source>
        <translation>Extra announced holidays (YYYY-MM-DD, separated by spaces)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Ngôn ngữ mặc định</source>
        <translation>Default language</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Nơi trả kết quả</source>
        <translation>Where results are collected</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Phiên làm việc</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Số lần nhập sai PIN tối đa</source>
        <translation>Most wrong PIN tries allowed</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Số tài khoản nhận lệ phí</source>
        <translation>Account number receiving fees</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Thời gian chờ cổng (giây)</source>
        <translation>Portal timeout (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Tên chủ tài khoản nhận lệ phí</source>
        <translation>Name of the account receiving fees</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Tên cơ quan (in trên giấy tiếp nhận)</source>
        <translation>Agency name (printed on the receipt)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Tên điểm phục vụ</source>
        <translation>Service point name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Tương phản cao</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Tệp chứng chỉ CA</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Tệp khoá dữ liệu</source>
        <translation>Data key file</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Tự xoá phiên sau khi không dùng (giây)</source>
        <translation>Clear the session after no use for (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Điểm phục vụ</source>
        <translation>Service point</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Địa chỉ cổng (để trống: cổng thử trên máy)</source>
        <translation>Portal address (empty: the test portal on this machine)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Đọc to câu hỏi</source>
        <translation>Read questions aloud</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Cập nhật phần mềm</source>
        <translation>Software updates</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Tự cập nhật phần mềm (bản có chữ ký)</source>
        <translation>Update the software by itself (signed releases)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Địa chỉ kho cập nhật</source>
        <translation>Update repository address</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Chu kỳ kiểm tra cập nhật (giây)</source>
        <translation>Update check interval (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Thư mục cài đặt các phiên bản</source>
        <translation>Folder the versions are installed in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Tệp root.json tin cậy của kho</source>
        <translation>The repository&apos;s trusted root.json file</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Thời gian chờ kho cập nhật (giây)</source>
        <translation>Update repository timeout (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Tệp chứng chỉ CA của kho cập nhật</source>
        <translation>CA certificate file of the update repository</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Quản lý tập trung</source>
        <translation>Central management</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Nhóm kiosk (nhận cấu hình theo nhóm)</source>
        <translation>Kiosk group (receives the group&apos;s configuration)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/_settings_model.py"/>
        <source>Khoá công khai ký cấu hình từ cổng (để trống: không nhận)</source>
        <translation>Public key signing configuration from the portal (empty: none accepted)</translation>
    </message>
</context>
<context>
    <name>Autofill</name>
    <message>
        <location filename="../../ui/screens/_autofill.py" line="61"/>
        <source>Đã điền từ thẻ căn cước: %1. Hãy kiểm tra lại và sửa nếu chưa đúng.</source>
        <translation>Filled in from the ID card: %1. Please check and correct anything that is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py" line="69"/>
        <source>Trang này không hỏi thông tin của một người, nên chưa điền gì từ thẻ. Hãy quét thẻ khi đến phần thông tin của người đó.</source>
        <translation>This page does not ask about a person, so nothing was filled in from the card. Scan the card when you reach that person&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py" line="81"/>
        <source>Không đọc được thẻ. Xin quét lại hoặc nhập tay.</source>
        <translation>The card could not be read. Please scan it again or type the details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py" line="84"/>
        <source>Chưa điền gì từ thẻ.</source>
        <translation>Nothing was filled in from the card.</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="96"/>
        <source>Chọn thủ tục</source>
        <translation>Choose a procedure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="98"/>
        <source>Gõ tên thủ tục để tìm</source>
        <translation>Type a procedure&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="99"/>
        <source>Tìm thủ tục</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="103"/>
        <source>Không tìm thấy thủ tục này. Hãy thử từ khác, hoặc hỏi cán bộ ở quầy.</source>
        <translation>No procedure found. Try other words, or ask the staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="115"/>
        <source>← Về trang chủ</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="116"/>
        <source>Về trang chủ</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="137"/>
        <source>Chạm vào thủ tục bạn cần.</source>
        <translation>Touch the procedure you need.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="173"/>
        <source>Thời hạn: %1</source>
        <translation>Processing time: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="174"/>
        <source>Lệ phí: %1</source>
        <translation>Fee: %1</translation>
    </message>
</context>
<context>
    <name>ConsentData</name>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>dân tộc</source>
        <translation>ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>giấy tờ về chỗ ở</source>
        <translation>proof of accommodation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>giấy tờ đính kèm</source>
        <translation>attached documents</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>giới tính</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>họ tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>nguyên nhân chết</source>
        <translation>cause of death</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>ngày sinh</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>nơi cư trú</source>
        <translation>place of residence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>quan hệ với chủ hộ</source>
        <translation>relationship to the head of household</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>quốc tịch</source>
        <translation>nationality</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>số điện thoại</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>số định danh cá nhân</source>
        <translation>personal ID number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>Công an xã/phường nơi tiếp nhận hồ sơ và Bộ Công an (cơ sở dữ liệu về cư trú)</source>
        <translation>The police of the commune/ward that receives the application and the Ministry of Public Security (residence database)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>Ủy ban nhân dân xã/phường nơi tiếp nhận hồ sơ</source>
        <translation>The People&apos;s Committee of the commune/ward that receives the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>Ủy ban nhân dân xã/phường nơi tiếp nhận hồ sơ và Sở Tư pháp Hà Nội (cơ sở dữ liệu hộ tịch)</source>
        <translation>The People&apos;s Committee of the commune/ward that receives the application and the Hà Nội Department of Justice (civil status database)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>Có thể rút lại bất cứ lúc nào; việc rút lại không ảnh hưởng đến hồ sơ.</source>
        <translation>You can withdraw at any time; withdrawing does not affect the application.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py"/>
        <source>Được biết, đồng ý, truy cập, yêu cầu chỉnh sửa, rút lại sự đồng ý, yêu cầu xóa, hạn chế xử lý (trả lời trong 72 giờ), khiếu nại (Nghị định 13/2023/NĐ-CP, Điều 9).</source>
        <translation>To be informed, to consent, to access, to ask for correction, to withdraw consent, to ask for deletion, to restrict processing (answered within 72 hours), to complain (Decree 13/2023/ND-CP, Article 9).</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../ui/screens/_consent.py" line="36"/>
        <source>Đồng ý xử lý dữ liệu cá nhân</source>
        <translation>Personal data consent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="40"/>
        <source>Đọc từng mục dưới đây. Đánh dấu vào ô nếu bạn đồng ý. Không đánh dấu nghĩa là không đồng ý.</source>
        <translation>Read each item below. Tick the box if you agree. No tick means you do not agree.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="49"/>
        <source>Đánh dấu ô nếu bạn đồng ý.</source>
        <translation>Tick the box if you agree.</translation>
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
        <location filename="../../ui/screens/_consent.py" line="139"/>
        <source>Bắt buộc để xử lý hồ sơ</source>
        <translation>Required to process the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="141"/>
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="146"/>
        <source>Tôi đồng ý</source>
        <translation>I agree</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="149"/>
        <source>Đồng ý: %1</source>
        <translation>Agree: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="181"/>
        <source>Bạn cần đánh dấu đồng ý ở mục “%1” thì hồ sơ mới được xử lý. Nếu không đồng ý, hãy hỏi cán bộ để nộp hồ sơ giấy.</source>
        <translation>Tick “%1” so the application can be processed. If you do not agree, ask the staff to file on paper.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="160"/>
        <source>Dữ liệu cá nhân nhạy cảm: %1</source>
        <translation>Sensitive personal data: %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../ui/screens/_pickers.py"/>
        <source>Danh sách cơ sở y tế</source>
        <translation>List of health facilities</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_pickers.py"/>
        <source>Năm sau</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_pickers.py"/>
        <source>Năm trước</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_pickers.py"/>
        <source>Tháng %1 năm %2</source>
        <translation>%3 %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_pickers.py"/>
        <source>Tháng sau</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_pickers.py"/>
        <source>Tháng trước</source>
        <translation>Previous month</translation>
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
        <location filename="../../ui/screens/_feedback.py" line="54"/>
        <source>Bạn có thể góp ý thêm qua ứng dụng iHanoi (Công dân Thủ đô số). Quét mã QR để mở Cổng thông tin điện tử Hà Nội và tải ứng dụng.</source>
        <translation>You can give more feedback in the iHanoi app (Công dân Thủ đô số). Scan the QR code to open the Hanoi city portal and get the app.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="63"/>
        <source>Mã QR góp ý iHanoi</source>
        <translation>iHanoi feedback QR code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="66"/>
        <source>Xong / người tiếp theo</source>
        <translation>Done / next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="67"/>
        <source>Xong, xoá thông tin, cho người tiếp theo</source>
        <translation>Done: clear everything for the next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="101"/>
        <source>Cảm ơn bạn đã đánh giá!</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py"/>
        <source>Rất không hài lòng</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py"/>
        <source>Không hài lòng</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py"/>
        <source>Bình thường</source>
        <translation>Neither</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="52"/>
        <location filename="../../ui/screens/_field_widgets.py" line="185"/>
        <source>Gõ vài chữ để tìm</source>
        <translation>Type a few letters to search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="194"/>
        <source>Địa chỉ trên thẻ (%1) nay thuộc một trong các xã/phường dưới đây. Hãy chọn đúng nơi ở; không thấy thì gõ tên để tìm.</source>
        <translation>The address on the card (%1) is now in one of the communes or wards below. Please choose where you live; if it is not listed, type its name to search.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="200"/>
        <source>Không tìm thấy xã/phường trong địa chỉ trên thẻ (%1). Hãy chọn xã/phường.</source>
        <translation>No commune or ward was found in the address on the card (%1). Please choose the commune or ward.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="125"/>
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="127"/>
        <source>Xã / phường</source>
        <translation>Commune / ward</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="130"/>
        <source>Số nhà, đường, thôn/tổ dân phố</source>
        <translation>House number, street, village/residential group</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="136"/>
        <source>Số nhà, đường</source>
        <translation>House number, street</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="95"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="96"/>
        <source>giờ:phút, ví dụ 14:30</source>
        <translation>hours:minutes, e.g. 14:30</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="97"/>
        <source>12 chữ số trên thẻ căn cước</source>
        <translation>12 digits on the ID card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="98"/>
        <source>ví dụ 0912345678</source>
        <translation>e.g. 0912345678</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="99"/>
        <source>ví dụ ten@gmail.com</source>
        <translation>e.g. name@gmail.com</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="111"/>
        <source>ngày/tháng/năm, hoặc chỉ năm</source>
        <translation>day/month/year, or year</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="188"/>
        <source>Tìm trong danh sách</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="287"/>
        <source>(chưa điền)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="290"/>
        <location filename="../../ui/screens/_field_widgets.py" line="335"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="292"/>
        <location filename="../../ui/screens/_field_widgets.py" line="336"/>
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
        <location filename="../../ui/screens/_group_input.py" line="112"/>
        <source>Chụp bằng camera của máy</source>
        <translation>Take a photo with the camera</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="116"/>
        <source>Chụp giấy tờ bằng camera của máy</source>
        <translation>Photograph the paper with the kiosk&apos;s camera</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="120"/>
        <source>Tôi sẽ đưa giấy cho cán bộ ở quầy</source>
        <translation>I&apos;ll hand the paper to staff</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="125"/>
        <source>Đưa bản giấy cho cán bộ ở quầy</source>
        <translation>Hand the paper to staff at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="128"/>
        <location filename="../../ui/screens/_group_input.py" line="131"/>
        <source>Chọn tệp ảnh hoặc PDF</source>
        <translation>Choose a photo or PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="135"/>
        <source>Chưa có ảnh. Nếu không chụp được, hãy đưa giấy tờ cho cán bộ.</source>
        <translation>No photo yet. If it cannot be taken, hand the paper to staff.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="159"/>
        <source>Bạn sẽ đưa bản giấy cho cán bộ ở quầy.</source>
        <translation>You will hand the paper to staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="163"/>
        <source>Đã có: %1</source>
        <translation>Taken: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="167"/>
        <source>Chưa có ảnh.</source>
        <translation>No photo yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="215"/>
        <source>Bản giấy nộp tại quầy</source>
        <translation>Paper handed in at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="184"/>
        <source>Chọn tệp</source>
        <translation>Choose a file</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Nhận kết quả</source>
        <translation>Collect a result</translation>
    </message>
    <message>
        <source>Nhận kết quả hồ sơ đã có</source>
        <translation>Collect the result of an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="27"/>
        <source>Xin chào! Bạn cần làm thủ tục gì?</source>
        <translation>Hello! Which procedure do you need?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="31"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="32"/>
        <source>Bắt đầu làm hồ sơ</source>
        <translation>Start an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="35"/>
        <source>Hoặc gõ tên thủ tục, ví dụ “khai sinh”:</source>
        <translation>Or type the name of a procedure, e.g. “birth”:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="39"/>
        <location filename="../../ui/screens/_home.py" line="40"/>
        <location filename="../../ui/screens/_home.py" line="42"/>
        <source>Tìm thủ tục</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="41"/>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="43"/>
        <source>Tra cứu hồ sơ</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="44"/>
        <source>Tra cứu tình trạng hồ sơ</source>
        <translation>Check the status of an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="45"/>
        <source>Tiếp tục hồ sơ đang làm</source>
        <translation>Continue an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="46"/>
        <source>Tiếp tục hồ sơ đang làm dở</source>
        <translation>Continue an unfinished application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="47"/>
        <source>Cán bộ hỗ trợ</source>
        <translation>Staff help</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="48"/>
        <source>Cán bộ đăng nhập để hỗ trợ</source>
        <translation>Staff sign-in to help</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="50"/>
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
    <name>InputMethodSwitch</name>
    <message>
        <location filename="../../ui/input/_switch.py" line="19"/>
        <source>Tắt</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../ui/input/_switch.py" line="24"/>
        <source>Gõ tiếng Việt kiểu Telex</source>
        <translation>Type Vietnamese the Telex way</translation>
    </message>
    <message>
        <location filename="../../ui/input/_switch.py" line="25"/>
        <source>Gõ tiếng Việt kiểu VNI</source>
        <translation>Type Vietnamese the VNI way</translation>
    </message>
    <message>
        <location filename="../../ui/input/_switch.py" line="26"/>
        <source>Tắt gõ tiếng Việt</source>
        <translation>Vietnamese typing off</translation>
    </message>
    <message>
        <location filename="../../ui/input/_switch.py" line="52"/>
        <source>Kiểu gõ</source>
        <translation>Typing method</translation>
    </message>
</context>
<context>
    <name>IntroScreen</name>
    <message>
        <location filename="../../ui/screens/_intro.py"/>
        <source>Thẻ căn cước của bạn</source>
        <translation>Your ID card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py"/>
        <source>Thẻ căn cước của người mẹ (nếu có)</source>
        <translation>The mother&apos;s ID card (if any)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py"/>
        <source>Thẻ căn cước của người cha (nếu có)</source>
        <translation>The father&apos;s ID card (if any)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py"/>
        <source> (nếu có)</source>
        <translation> (if any)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="55"/>
        <source>Giấy tờ cần có sẵn:</source>
        <translation>Papers to have at hand:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="57"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="58"/>
        <source>Bắt đầu điền hồ sơ</source>
        <translation>Start filling in the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="60"/>
        <source>← Chọn thủ tục khác</source>
        <translation>← Choose another procedure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="61"/>
        <source>Chọn thủ tục khác</source>
        <translation>Choose another procedure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="92"/>
        <source>Có thể làm trọn vẹn trên mạng (toàn trình)</source>
        <translation>Can be done entirely online (fully online)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="94"/>
        <source>Nộp trên mạng, còn một bước làm trực tiếp (một phần)</source>
        <translation>Filed online, one step done in person (partly online)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="97"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="100"/>
        <source>Thời gian giải quyết</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="103"/>
        <source>Cơ quan giải quyết</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_intro.py" line="104"/>
        <source>Cách nộp</source>
        <translation>How to apply</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="48"/>
        <source>sắc</source>
        <translation>acute</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="48"/>
        <source>Dấu sắc</source>
        <translation>Acute accent (sắc)</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="49"/>
        <source>huyền</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="49"/>
        <source>Dấu huyền</source>
        <translation>Grave accent (huyền)</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="50"/>
        <source>hỏi</source>
        <translation>hook</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="50"/>
        <source>Dấu hỏi</source>
        <translation>Hook accent (hỏi)</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="51"/>
        <source>ngã</source>
        <translation>tilde</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="51"/>
        <source>Dấu ngã</source>
        <translation>Tilde accent (ngã)</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="52"/>
        <source>nặng</source>
        <translation>dot</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="52"/>
        <source>Dấu nặng</source>
        <translation>Dot below (nặng)</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="53"/>
        <source>bỏ dấu</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="53"/>
        <source>Xoá dấu</source>
        <translation>Remove accent</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="81"/>
        <source>Bàn phím ảo</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="143"/>
        <location filename="../../ui/input/_keyboard.py" line="201"/>
        <location filename="../../ui/input/_keyboard.py" line="283"/>
        <location filename="../../ui/input/_keyboard.py" line="286"/>
        <location filename="../../ui/input/_keyboard.py" line="431"/>
        <source>Phím %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="145"/>
        <location filename="../../ui/input/_keyboard.py" line="291"/>
        <source>Trống</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="231"/>
        <location filename="../../ui/input/_keyboard.py" line="435"/>
        <source>Chữ hoa</source>
        <translation>Capitals</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keys.py" line="48"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="247"/>
        <source>Bàn phím số</source>
        <translation>Number keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="250"/>
        <location filename="../../ui/input/_keyboard.py" line="251"/>
        <source>Chọn dấu</source>
        <translation>Accents</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="264"/>
        <source>Dấu cách</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="268"/>
        <source>dấu cách</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keys.py" line="41"/>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keys.py" line="42"/>
        <source>Phím Enter</source>
        <translation>Enter key</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keys.py" line="45"/>
        <source>Ẩn bàn phím</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keys.py" line="46"/>
        <source>ẩn</source>
        <translation>hide</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="289"/>
        <source>Bàn phím chữ</source>
        <translation>Letter keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="438"/>
        <source>Tắt</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="439"/>
        <source>Chữ hoa một lần</source>
        <translation>Next letter capital</translation>
    </message>
    <message>
        <location filename="../../ui/input/_keyboard.py" line="440"/>
        <source>Luôn chữ hoa</source>
        <translation>All capitals</translation>
    </message>
    <message>
        <location filename="../../ui/input/_picker.py" line="39"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/input/_picker.py" line="57"/>
        <source>Chọn chữ có dấu cho “%1”:</source>
        <translation>Choose the accented letter for “%1”:</translation>
    </message>
    <message>
        <location filename="../../ui/input/_picker.py" line="60"/>
        <source>Chữ %1</source>
        <translation>Letter %1</translation>
    </message>
</context>
<context>
    <name>KioskApp</name>
    <message>
        <location filename="../../ui/_app.py" line="143"/>
        <source>Dữ liệu trên máy bị hỏng và đã được cất sang một bên; kiosk đang chạy với dữ liệu mới. Hãy báo cán bộ kỹ thuật để kiểm tra các hồ sơ cũ.</source>
        <translation>The data on this kiosk was damaged and has been set aside; the kiosk is running with fresh data. Please tell the technical staff so they can check the earlier applications.</translation>
    </message>
    <message>
        <location filename="../../ui/_app.py" line="152"/>
        <source>Không mở được dữ liệu trên máy. Hồ sơ mới chưa thể lưu. Hãy báo cán bộ kỹ thuật.</source>
        <translation>The data on this kiosk could not be opened. New applications cannot be saved yet. Please tell the technical staff.</translation>
    </message>
    <message>
        <location filename="../../ui/_app.py"/>
        <source>Dữ liệu trên máy có chỗ bị hỏng nên kiosk tạm ngừng nhận hồ sơ mới; các hồ sơ đã lưu vẫn được giữ. Hãy báo cán bộ kỹ thuật chạy lệnh kiosk doctor để biết cách xử lý.</source>
        <translation>Some data on this kiosk is damaged, so it has stopped taking new applications; saved applications are kept. Please ask technical staff to run kiosk doctor to see what to do.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/_window.py" line="332"/>
        <location filename="../../ui/_window.py" line="370"/>
        <location filename="../../ui/_window.py" line="371"/>
        <location filename="../../ui/_window.py" line="453"/>
        <source>Tôi vẫn đang dùng</source>
        <translation>I am still here</translation>
    </message>
    <message>
        <location filename="../../ui/_window.py" line="392"/>
        <source>Bạn còn đó không? Sau %1 giây, thông tin trên màn hình sẽ được xoá để bảo vệ bạn. Chạm vào màn hình để tiếp tục.</source>
        <translation>Are you still there? In %1 seconds the screen will be cleared to protect you. Touch the screen to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="108"/>
        <source>Có lỗi khi lưu hoặc đọc dữ liệu trên máy. Thông tin bạn đã nhập vẫn còn. Hãy thử lại, hoặc báo cán bộ ở quầy.</source>
        <translation>Saving or reading data on this kiosk failed. What you entered is still here. Try again, or tell the staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="371"/>
        <source>Không đăng nhập được. Hãy thử lại.</source>
        <translation>Sign-in failed. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/_crash.py" line="28"/>
        <source>Đã có lỗi, xin bắt đầu lại. Hồ sơ đã lưu không bị mất.</source>
        <translation>Something went wrong; please start again. Saved applications are not lost.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow_forms.py" line="154"/>
        <source>Đã đọc thẻ căn cước. Hãy quét thẻ khi đang điền thông tin của người đó trong hồ sơ.</source>
        <translation>The ID card was read. Scan it while you are filling in that person&apos;s details in an application.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow_forms.py" line="197"/>
        <source>Chưa mở được hồ sơ. Hãy thử lại, hoặc báo cán bộ ở quầy.</source>
        <translation>The application could not be opened. Please try again, or ask the staff at the counter.</translation>
    </message>
</context>
<context>
    <name>Lockdown</name>
    <message>
        <location filename="../../ui/_lockdown.py" line="282"/>
        <location filename="../../ui/_screen_walk.py" line="241"/>
        <source>Thoát chế độ kiosk: quản trị viên nhập mã cán bộ và mã PIN</source>
        <translation>Leave kiosk mode: an administrator enters a staff ID and PIN</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="72"/>
        <source>In phiếu báo kết quả</source>
        <translation>Print the result notice</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="143"/>
        <source>Đang in phiếu báo…</source>
        <translation>Printing the notice…</translation>
    </message>
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
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Hồ sơ mới, đang chờ tiếp nhận.</source>
        <translation>New application, waiting to be received.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Đã tiếp nhận.</source>
        <translation>Received.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Không được tiếp nhận. Hãy hỏi cán bộ ở quầy để biết lý do.</source>
        <translation>Not accepted. Please ask staff at the counter why.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Đang giải quyết.</source>
        <translation>Being processed.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Cần bổ sung giấy tờ. Hãy đến quầy hoặc xem tin nhắn.</source>
        <translation>Documents must be added. Please come to the counter or read your text messages.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Cần nộp phí, lệ phí.</source>
        <translation>A fee must be paid.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Người nộp đã rút hồ sơ.</source>
        <translation>The applicant withdrew the application.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Đã dừng xử lý. Hãy hỏi cán bộ ở quầy.</source>
        <translation>Processing stopped. Please ask staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Đã có kết quả.</source>
        <translation>The result is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Đã trả kết quả.</source>
        <translation>The result has been handed over.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Đã lưu ở máy này, đang chờ gửi lên Cổng dịch vụ công.</source>
        <translation>Saved on this kiosk, waiting to be sent to the public service portal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Đang gửi lên Cổng dịch vụ công.</source>
        <translation>Being sent to the public service portal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Đã gửi lên Cổng dịch vụ công.</source>
        <translation>Sent to the public service portal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Cần sửa thông tin. Hãy đến quầy để cán bộ hỗ trợ.</source>
        <translation>Some details must be corrected. Please come to the counter for help.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py"/>
        <source>Lệ phí: Đã thanh toán (%1 đồng)</source>
        <translation>Fee: paid (VND %1)</translation>
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
    <name>KioskName</name>
    <message>
        <location filename="../../ui/_topbar.py"/>
        <source>Điểm phục vụ hành chính công</source>
        <translation>Public service point</translation>
    </message>
</context>
<context>
    <name>CardError</name>
    <message>
        <location filename="../../ui/screens/_autofill.py"/>
        <source>Không đọc được mã QR trên thẻ. Xin quét lại hoặc nhập tay.</source>
        <translation>The QR code on the card could not be read. Please scan again or type the details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py"/>
        <source>Mã vừa quét không phải mã QR của thẻ căn cước. Xin quét lại hoặc nhập tay.</source>
        <translation>The code scanned is not the QR code of a citizen ID card. Please scan again or type the details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py"/>
        <source>Số định danh trong mã QR không đúng 12 chữ số. Xin quét lại hoặc nhập tay.</source>
        <translation>The ID number in the QR code is not 12 digits. Please scan again or type the details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py"/>
        <source>Số chứng minh nhân dân cũ trong mã QR không đúng dạng. Xin quét lại hoặc nhập tay.</source>
        <translation>The old ID number in the QR code is malformed. Please scan again or type the details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py"/>
        <source>Họ tên trong mã QR không đọc được. Xin quét lại hoặc nhập tay.</source>
        <translation>The name in the QR code could not be read. Please scan again or type the details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py"/>
        <source>Ngày sinh trong mã QR không đúng. Xin quét lại hoặc nhập tay.</source>
        <translation>The date of birth in the QR code is not a valid date. Please scan again or type the details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py"/>
        <source>Giới tính trong mã QR không đọc được. Xin quét lại hoặc nhập tay.</source>
        <translation>The sex in the QR code could not be read. Please scan again or type the details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py"/>
        <source>Ngày cấp thẻ trong mã QR không đúng. Xin quét lại hoặc nhập tay.</source>
        <translation>The issue date in the QR code is not a valid date. Please scan again or type the details.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_autofill.py"/>
        <source>Số định danh trong mã QR không khớp với ngày sinh hoặc giới tính. Xin quét lại hoặc nhập tay.</source>
        <translation>The ID number in the QR code does not match the date of birth or the sex. Please scan again or type the details.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/input/_camera.py"/>
        <source>Không có camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <location filename="../../ui/input/_camera.py"/>
        <source>Đưa mã QR trên thẻ căn cước vào trước camera</source>
        <translation>Hold the QR code on the ID card in front of the camera</translation>
    </message>
    <message>
        <location filename="../../ui/input/_camera.py"/>
        <source>Camera quét mã QR</source>
        <translation>QR code camera</translation>
    </message>
</context>
<context>
    <name>ReceiptFacts</name>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>%1 (mã thủ tục %2)</source>
        <translation>%1 (procedure code %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Không có giấy tờ kèm theo</source>
        <translation>No documents attached</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Sẽ báo khi hồ sơ được tiếp nhận chính thức</source>
        <translation>You will be told once the application is officially received</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>%1 tệp đính kèm</source>
        <translation>files attached: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>%1 bản giấy</source>
        <translation>paper copies handed in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Hồ sơ được gửi lên Cổng dịch vụ công khi kiosk có mạng; khi đó hồ sơ mới được tiếp nhận chính thức và có mã hồ sơ chính thức.</source>
        <translation>The application is sent to the Public Service Portal when the kiosk is online; only then is it officially received and given an official application code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>%1 xem xét hồ sơ; nếu cần bổ sung, bạn sẽ được báo qua tin nhắn hoặc điện thoại.</source>
        <translation>%1 reviews the application; if anything more is needed, you will be told by text message or phone.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Kết quả điện tử được trả trên Cổng dịch vụ công và ứng dụng VNeID; bản giấy nhận tại nơi nhận kết quả.</source>
        <translation>The electronic result is issued on the Public Service Portal and in the VNeID app; collect the paper copy where results are collected.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Đến nơi nhận kết quả đúng hẹn, mang theo giấy này và giấy tờ tùy thân.</source>
        <translation>Come to collect the result on the date given, with this receipt and your ID card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Khi nhận bản giấy, mang theo giấy này và giấy tờ tùy thân.</source>
        <translation>When you collect the paper copy, bring this receipt and your ID card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Không có thông tin lệ phí; hỏi cán bộ một cửa.</source>
        <translation>No fee information; ask the one-stop desk staff.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Mức lệ phí này đang chờ xác nhận; cơ quan giải quyết sẽ thông báo mức chính thức.</source>
        <translation>This fee is awaiting confirmation; the deciding agency will announce the official amount.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>%1. Biểu phí: %2</source>
        <translation>%1. Fee schedule: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Miễn lệ phí (0 đồng) khi nộp trực tuyến. %1</source>
        <translation>Free (0 VND) when filed online. %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>%1 khi nộp trực tuyến. %2</source>
        <translation>%1 when filed online. %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Đã thanh toán: %1, lúc %2. Không cần nộp lại.</source>
        <translation>Paid: %1, on %2. Nothing more to pay.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Lệ phí nộp tại quầy một cửa; cán bộ sẽ cho biết số tiền chính xác.</source>
        <translation>Pay the fee at the one-stop counter; the staff will tell you the exact amount.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Lệ phí %1 nộp tại quầy một cửa.</source>
        <translation>Pay the fee of %1 at the one-stop counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Hồ sơ chưa được gửi lên Cổng dịch vụ công (mã tạm thời): không cần nộp ngay; có thể nộp lệ phí sau bằng chính mã QR này, hoặc nộp tại quầy một cửa.</source>
        <translation>The application has not reached the Public Service Portal yet (provisional code): no need to pay now; you can pay later with this same QR code, or at the one-stop counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Có thể nộp lệ phí sau bằng chính mã QR này, hoặc nộp tại quầy một cửa.</source>
        <translation>You can pay later with this same QR code, or at the one-stop counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt_words.py"/>
        <source>Nộp lệ phí %1 bằng VietQR: quét mã bằng ứng dụng ngân hàng, kiểm tra người nhận %2 và số tiền trước khi xác nhận.</source>
        <translation>Pay the fee of %1 by VietQR: scan the code with your banking app and check the payee %2 and the amount before you confirm.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="54"/>
        <source>Mã hồ sơ của bạn:</source>
        <translation>Your application code:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="57"/>
        <source>Mã hồ sơ</source>
        <translation>Application code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="59"/>
        <source>Mã QR của hồ sơ</source>
        <translation>QR code of the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="89"/>
        <location filename="../../ui/screens/_receipt.py" line="90"/>
        <source>In giấy biên nhận</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="91"/>
        <source>Đánh giá dịch vụ</source>
        <translation>Rate the service</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="92"/>
        <source>Đánh giá mức độ hài lòng</source>
        <translation>Rate your satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="93"/>
        <source>Xong / người tiếp theo</source>
        <translation>Done / next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="94"/>
        <source>Xong, xoá thông tin, cho người tiếp theo</source>
        <translation>Done: clear everything for the next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="150"/>
        <source>Hồ sơ đã được tiếp nhận</source>
        <translation>Application received</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="150"/>
        <source>Đã gửi hồ sơ</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="154"/>
        <source>Mã hồ sơ chính thức:</source>
        <translation>Official application code:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="154"/>
        <source>Mã hồ sơ tạm thời:</source>
        <translation>Provisional application code:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="161"/>
        <source>Hồ sơ đã lên Cổng dịch vụ công. Dùng mã này để tra cứu. Hãy in hoặc chụp lại giấy biên nhận.</source>
        <translation>The application has reached the Public Service Portal. Use this code to check it. Print or photograph the receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="168"/>
        <source>Mã hồ sơ tạm thời. Hồ sơ chưa được tiếp nhận chính thức cho đến khi được gửi lên Cổng dịch vụ công.</source>
        <translation>Provisional code. The application is not officially received until it has been sent to the Public Service Portal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="174"/>
        <source>Tin nhắn khi hồ sơ được tiếp nhận, khi cần bổ sung giấy tờ và khi có kết quả sẽ được gửi tới số %1.</source>
        <translation>Text messages when the application is received, when more papers are needed and when the result is ready will go to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="221"/>
        <source>Đang chuẩn bị giấy biên nhận…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="190"/>
        <source>Người nộp: %1 — %2 — Cơ quan giải quyết: %3</source>
        <translation>Filed by: %1 — %2 — Handled by: %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="196"/>
        <source>Giấy tờ đã nhận:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="198"/>
        <source>Hẹn trả kết quả: %1</source>
        <translation>Result due: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="199"/>
        <source>Nơi nhận kết quả: %1</source>
        <translation>Where to collect the result: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="200"/>
        <source>Lệ phí: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="202"/>
        <source>Các bước tiếp theo:</source>
        <translation>What happens next:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py"/>
        <source>Mã VietQR nộp lệ phí</source>
        <translation>VietQR code to pay the fee</translation>
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
        <location filename="../../ui/screens/_resume.py" line="131"/>
        <source>Mã hồ sơ có 8 chữ và số, dạng XXXX-XXXX. Hãy nhập lại.</source>
        <translation>The draft code has 8 letters and digits, like XXXX-XXXX. Please type it again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_resume.py" line="135"/>
        <source>Số định danh cá nhân có đúng 12 chữ số. Hãy nhập lại.</source>
        <translation>The personal ID number has exactly 12 digits. Please type it again.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/_review.py" line="40"/>
        <source>Xem lại hồ sơ</source>
        <translation>Review the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="42"/>
        <source>Hãy đọc lại từng câu trả lời. Bấm “Sửa” nếu cần thay đổi.</source>
        <translation>Read each answer again. Press “Edit” to change one.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="55"/>
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="56"/>
        <source>Quay lại câu hỏi cuối</source>
        <translation>Back to the last question</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="58"/>
        <source>Đúng rồi, tiếp tục →</source>
        <translation>Correct, continue →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="59"/>
        <source>Thông tin đúng, tiếp tục</source>
        <translation>The information is correct, continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="101"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="104"/>
        <source>Sửa: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="127"/>
        <source>Giấy tờ bản giấy đã nhận (cán bộ ghi)</source>
        <translation>Paper documents received (staff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="132"/>
        <source>Ghi số bản giấy người dân đã nộp cho từng loại giấy tờ (không tính tệp đã đính kèm). Giấy biên nhận chỉ ghi những gì đã nhận.</source>
        <translation>Enter how many papers the resident handed over for each document (not counting attached files). The receipt lists only what was received.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="144"/>
        <source> bản</source>
        <translation> papers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="147"/>
        <source>Số bản giấy: %1</source>
        <translation>Number of papers: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py"/>
        <source>%1 đồng (%2 đồng/%3 theo biểu phí)</source>
        <translation>VND %1 (VND %2 per %3 as the fee schedule sets)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py"/>
        <source>%1 đồng</source>
        <translation>VND %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py"/>
        <source>Giấy tiếp nhận in số tiền và mã VietQR để nộp lệ phí bằng ứng dụng ngân hàng. Không cần nộp ngay: có thể nộp sau bằng chính mã đó, kể cả khi máy đang mất mạng, hoặc nộp tại quầy một cửa.</source>
        <translation>The receipt shows the amount and a VietQR code to pay it with a banking app. You need not pay now: you can pay later with the same code, even while this kiosk is offline, or at the one-stop counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py"/>
        <source>Lệ phí nộp tại quầy một cửa; giấy tiếp nhận ghi số tiền này.</source>
        <translation>The fee is paid at the one-stop counter; the receipt shows this amount.</translation>
    </message>
</context>
<context>
    <name>ScreenWalk</name>
    <message>
        <location filename="../../ui/_screen_walk.py" line="206"/>
        <source>Mã PIN chưa đúng. Bạn còn 4 lần thử.</source>
        <translation>Wrong PIN. You have 4 tries left.</translation>
    </message>
    <message>
        <location filename="../../ui/_screen_walk.py" line="249"/>
        <source>Tài khoản tạm khoá do nhập sai mã PIN nhiều lần. Vui lòng thử lại sau 10:35 hoặc nhờ quản trị viên đặt lại mã PIN.</source>
        <translation>This account is locked after too many wrong PINs. Try again after 10:35 or ask an administrator to reset the PIN.</translation>
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
        <location filename="../../ui/_topbar.py" line="57"/>
        <location filename="../../ui/_topbar.py" line="194"/>
        <source>Mở trang cán bộ: quản lý hồ sơ, báo cáo</source>
        <translation>Open the staff page: applications, reports</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="60"/>
        <location filename="../../ui/_topbar.py" line="250"/>
        <source>Cán bộ đang nhập</source>
        <translation>Staff typing</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="62"/>
        <location filename="../../ui/_topbar.py" line="182"/>
        <source>Chuyển người nhập: cán bộ hoặc người dân</source>
        <translation>Switch who is typing: staff or resident</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="64"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="65"/>
        <location filename="../../ui/_topbar.py" line="183"/>
        <source>Chữ nhỏ hơn</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="67"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="68"/>
        <location filename="../../ui/_topbar.py" line="184"/>
        <source>Chữ to hơn</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="69"/>
        <location filename="../../ui/_topbar.py" line="185"/>
        <source>◐ Tương phản cao</source>
        <translation>◐ High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="71"/>
        <location filename="../../ui/_topbar.py" line="186"/>
        <source>Bật hoặc tắt chế độ tương phản cao</source>
        <translation>Turn high contrast on or off</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="72"/>
        <location filename="../../ui/_topbar.py" line="187"/>
        <source>Đọc to</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="74"/>
        <location filename="../../ui/_topbar.py" line="188"/>
        <source>Bật hoặc tắt giọng đọc</source>
        <translation>Turn the voice on or off</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="75"/>
        <location filename="../../ui/_topbar.py" line="189"/>
        <source>Giọng đọc không khả dụng</source>
        <translation>Voice not available</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="77"/>
        <location filename="../../ui/_topbar.py" line="192"/>
        <source>Gọi cán bộ</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="78"/>
        <location filename="../../ui/_topbar.py" line="193"/>
        <source>Gọi cán bộ đến giúp và đọc to màn hình này</source>
        <translation>Call staff to help and read this screen aloud</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="79"/>
        <location filename="../../ui/_topbar.py" line="190"/>
        <source>Xong / người tiếp theo</source>
        <translation>Done / next person</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="80"/>
        <location filename="../../ui/_topbar.py" line="191"/>
        <source>Xong, xoá thông tin, cho người tiếp theo</source>
        <translation>Done: clear everything for the next person</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="100"/>
        <location filename="../../ui/_topbar.py" line="180"/>
        <source>Aa Cỡ chữ, màu</source>
        <translation>Aa Text size, colours</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="102"/>
        <location filename="../../ui/_topbar.py" line="181"/>
        <source>Hiện cài đặt cỡ chữ, tương phản và giọng đọc</source>
        <translation>Show the text size, contrast and voice settings</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="216"/>
        <source>Cán bộ: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="250"/>
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
        <location filename="../../ui/screens/_wholeform.py" line="110"/>
        <source>← Một câu mỗi trang</source>
        <translation>← One question per page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="111"/>
        <source>Chuyển về một câu hỏi mỗi trang</source>
        <translation>Back to one question per page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="113"/>
        <source>Xem lại hồ sơ →</source>
        <translation>Review the application →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="114"/>
        <source>Kiểm tra và xem lại hồ sơ</source>
        <translation>Check and review the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="195"/>
        <source>Mã hồ sơ đang làm: %1 (ghi lại để làm tiếp sau)</source>
        <translation>Draft code: %1 (write it down to continue later)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="228"/>
        <location filename="../../ui/screens/_wholeform.py" line="229"/>
        <source> (đã điền từ thẻ căn cước)</source>
        <translation> (filled in from the ID card)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="356"/>
        <source>Còn mục chưa đúng, xem chữ đỏ.</source>
        <translation>Some answers need fixing: see the red text.</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="72"/>
        <source>Kiểu gõ:</source>
        <translation>Typing:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="115"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="119"/>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="152"/>
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="153"/>
        <source>Đọc lại</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="154"/>
        <location filename="../../ui/screens/_wizard.py" line="162"/>
        <source>Về trang xem lại</source>
        <translation>Back to the review</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="155"/>
        <source>Xem cả tờ khai</source>
        <translation>Whole form</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="156"/>
        <source>Chuyển sang nhập cả tờ khai trên một trang</source>
        <translation>Switch to filling in the whole form on one page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="159"/>
        <location filename="../../ui/screens/_wizard.py" line="372"/>
        <source>Tiếp tục →</source>
        <translation>Continue →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="160"/>
        <source>Quay lại trang trước</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="161"/>
        <source>Đọc lại câu hỏi</source>
        <translation>Read the question again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="163"/>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="365"/>
        <source>Bước %1/%2</source>
        <translation>Step %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="372"/>
        <source>Xem lại hồ sơ →</source>
        <translation>Review the application →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="285"/>
        <source>Mã hồ sơ đang làm: %1 (ghi lại để làm tiếp sau)</source>
        <translation>Draft code: %1 (write it down to continue later)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_question_row.py"/>
        <source> (không bắt buộc)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_question_row.py"/>
        <source>%1 là dữ liệu cá nhân nhạy cảm. Thông tin này được bảo vệ đặc biệt theo Nghị định 13/2023.</source>
        <translation>%1 is sensitive personal data. It has special protection under Decree 13/2023.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_question_row.py"/>
        <source>Chọn: %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_question_row.py"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="38"/>
        <source> (không bắt buộc)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wholeform.py" line="46"/>
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
<context>
    <name>ResultPickupScreen</name>
    <message>
        <source>Nhận kết quả</source>
        <translation>Collect a result</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Application code</translation>
    </message>
    <message>
        <source>Mã hồ sơ trên giấy biên nhận</source>
        <translation>Application code on the receipt</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Giấy tờ cán bộ đã kiểm tra</source>
        <translation>Document checked by staff</translation>
    </message>
    <message>
        <source>Thẻ căn cước / CCCD (không quét được)</source>
        <translation>ID card (cannot be scanned)</translation>
    </message>
    <message>
        <source>Chứng minh nhân dân</source>
        <translation>Old ID card (CMND)</translation>
    </message>
    <message>
        <source>Hộ chiếu</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Giấy khai sinh</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Giấy uỷ quyền có chứng thực</source>
        <translation>Certified letter of authorisation</translation>
    </message>
    <message>
        <source>Giấy tờ khác có ảnh</source>
        <translation>Other document with a photo</translation>
    </message>
    <message>
        <source>4 ký tự cuối số giấy tờ</source>
        <translation>Last 4 characters of the document number</translation>
    </message>
    <message>
        <source>Cán bộ đã kiểm tra giấy tờ, trả kết quả</source>
        <translation>Staff checked the document: hand over the result</translation>
    </message>
    <message>
        <source>Người nhận không có thẻ để quét: cán bộ chọn giấy tờ đã kiểm tra và gõ 4 ký tự cuối của số giấy tờ.</source>
        <translation>The resident has no card to scan: staff pick the document they checked and type the last 4 characters of its number.</translation>
    </message>
    <message>
        <source>Cán bộ trả kết quả</source>
        <translation>Staff hand over the result</translation>
    </message>
    <message>
        <source>In kết quả</source>
        <translation>Print the result</translation>
    </message>
    <message>
        <source>← Về trang chủ</source>
        <translation>← Back to start</translation>
    </message>
    <message>
        <source>Về trang chủ</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <source>Bước 1: đưa mã QR trên giấy biên nhận vào máy quét, hoặc gõ mã hồ sơ rồi bấm Tiếp tục.</source>
        <translation>Step 1: hold the QR code on your receipt to the scanner, or type the application code and press Continue.</translation>
    </message>
    <message>
        <source>Bước 2: đưa mã QR trên thẻ căn cước của người đã nộp hồ sơ vào máy quét. Máy chỉ so khớp, không lưu số thẻ.</source>
        <translation>Step 2: hold the QR code on the ID card of the person who filed the application to the scanner. The kiosk only compares it and does not keep the number.</translation>
    </message>
    <message>
        <source>Trang kết quả</source>
        <translation>Result page</translation>
    </message>
    <message>
        <source>Bước 3: kết quả đã được kiểm tra chữ ký số. Bấm In kết quả.</source>
        <translation>Step 3: the result's digital signature has been checked. Press Print the result.</translation>
    </message>
    <message>
        <source>Hãy gõ mã hồ sơ trước khi bấm Tiếp tục.</source>
        <translation>Please type the application code before pressing Continue.</translation>
    </message>
    <message>
        <source>Hãy gõ 4 ký tự cuối của số giấy tờ cán bộ đã kiểm tra.</source>
        <translation>Please type the last 4 characters of the document number you checked.</translation>
    </message>
</context>
<context>
    <name>ResultDesk</name>
    <message>
        <source>Thẻ vừa quét không phải của người đã nộp hồ sơ này. Hãy quét thẻ căn cước của người nộp, hoặc nhờ cán bộ ở quầy.</source>
        <translation>The card scanned is not the applicant's. Please scan the ID card of the person who filed the application, or ask staff at the counter.</translation>
    </message>
    <message>
        <source>Đã quét sai thẻ nhiều lần. Xin mời đến Bộ phận Một cửa để cán bộ trả kết quả.</source>
        <translation>A wrong card was scanned too many times. Please go to the one-stop counter, where staff will hand over the result.</translation>
    </message>
    <message>
        <source>Hồ sơ này chưa có kết quả. Hãy xem ngày hẹn trên giấy biên nhận, hoặc tra cứu tình trạng hồ sơ.</source>
        <translation>This application has no result yet. See the date on your receipt, or check the application's status.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã trên giấy biên nhận.</source>
        <translation>No application has this code. Please check the code on your receipt.</translation>
    </message>
    <message>
        <source>Cổng dịch vụ công chưa trả kết quả. Xin mời đến quầy để được hỗ trợ.</source>
        <translation>The public service portal did not return the result. Please go to the counter for help.</translation>
    </message>
    <message>
        <source>Máy này chưa được cài để trả kết quả điện tử. Xin mời đến Bộ phận Một cửa để nhận kết quả.</source>
        <translation>This kiosk is not set up to hand over electronic results. Please collect your result at the one-stop counter.</translation>
    </message>
    <message>
        <source>Hãy quét mã QR trên giấy biên nhận trước.</source>
        <translation>Please scan the QR code on your receipt first.</translation>
    </message>
    <message>
        <source>Máy chưa kết nối được Cổng dịch vụ công. Xin thử lại sau ít phút, hoặc đến quầy để nhận kết quả.</source>
        <translation>The kiosk cannot reach the public service portal. Please try again in a few minutes, or collect your result at the counter.</translation>
    </message>
    <message>
        <source>Đang tải kết quả và kiểm tra chữ ký số…</source>
        <translation>Downloading the result and checking its digital signature…</translation>
    </message>
    <message>
        <source>Không tải được kết quả từ Cổng dịch vụ công. Xin thử lại sau ít phút, hoặc đến quầy để nhận kết quả.</source>
        <translation>The result could not be downloaded from the public service portal. Please try again in a few minutes, or collect it at the counter.</translation>
    </message>
    <message>
        <source>Có lỗi khi nhận kết quả. Xin mời đến quầy để được hỗ trợ.</source>
        <translation>Something went wrong while collecting the result. Please go to the counter for help.</translation>
    </message>
    <message>
        <source>Ký bởi: %1</source>
        <translation>Signed by: %1</translation>
    </message>
    <message>
        <source>Kết quả nhận được không có chữ ký số hợp lệ nên máy không in. Xin bạn mang giấy biên nhận đến Bộ phận Một cửa để nhận kết quả; cán bộ đã được báo.</source>
        <translation>The result received has no valid digital signature, so the kiosk will not print it. Please take your receipt to the one-stop counter to collect your result; staff have been told.</translation>
    </message>
    <message>
        <source>Máy in không hoạt động. Hãy báo cán bộ ở quầy để in giúp.</source>
        <translation>The printer is not working. Please ask staff at the counter to print it for you.</translation>
    </message>
    <message>
        <source>Đã in kết quả. Hãy lấy giấy ở khay máy in. Bấm Về trang chủ khi xong.</source>
        <translation>The result is printed. Please take it from the printer tray. Press Back to start when you are done.</translation>
    </message>
    <message>
        <source>Không đọc được chứng thư gốc để kiểm tra kết quả ([results] trust_root).</source>
        <translation>The root certificate for checking results cannot be read ([results] trust_root).</translation>
    </message>
</context>
</TS>
