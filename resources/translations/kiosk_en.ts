<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="46" />
        <source>Chọn thủ tục</source>
        <translation>Choose a procedure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="48" />
        <source>Gõ tên thủ tục để tìm</source>
        <translation>Type the name of a procedure to search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="49" />
        <source>Tìm thủ tục</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="53" />
        <source>Không tìm thấy thủ tục này. Hãy thử từ khác, hoặc hỏi cán bộ ở quầy.</source>
        <translation>No procedure found. Try other words, or ask the staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="65" />
        <source>← Về trang chủ</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="66" />
        <source>Về trang chủ</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_catalog.py" line="87" />
        <source>Chạm vào thủ tục bạn cần.</source>
        <translation>Touch the procedure you need.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../ui/screens/_consent.py" line="36" />
        <source>Đồng ý xử lý dữ liệu cá nhân</source>
        <translation>Consent to processing personal data</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="40" />
        <source>Đọc từng mục dưới đây. Đánh dấu vào ô nếu bạn đồng ý. Không đánh dấu nghĩa là không đồng ý.</source>
        <translation>Read each item below. Tick the box if you agree. No tick means you do not agree.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="59" />
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="60" />
        <source>Quay lại trang xem lại</source>
        <translation>Back to the review</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="62" />
        <location filename="../../ui/screens/_consent.py" line="63" />
        <location filename="../../ui/screens/_consent.py" line="105" />
        <source>Gửi hồ sơ</source>
        <translation>Send the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="105" />
        <source>Đang gửi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="128" />
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
        <location filename="../../ui/screens/_consent.py" line="141" />
        <source>(bắt buộc để xử lý hồ sơ)</source>
        <translation>(needed to process the application)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="143" />
        <source>(không bắt buộc)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="145" />
        <source>Tôi đồng ý</source>
        <translation>I agree</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="148" />
        <source>Đồng ý: %1</source>
        <translation>Agree: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_consent.py" line="163" />
        <source>Bạn cần đánh dấu đồng ý ở mục “%1” thì hồ sơ mới được xử lý. Nếu không đồng ý, hãy hỏi cán bộ để nộp hồ sơ giấy.</source>
        <translation>Tick “%1” so the application can be processed. If you do not agree, ask the staff to file on paper.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="28" />
        <source>Bạn có hài lòng với dịch vụ hôm nay không?</source>
        <translation>Are you satisfied with the service today?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="49" />
        <source>Bạn có thể góp ý thêm qua ứng dụng iHanoi (Công dân Thủ đô số). Quét mã QR để mở Cổng thông tin điện tử Hà Nội và tải ứng dụng.</source>
        <translation>You can give more feedback in the iHanoi app (Công dân Thủ đô số). Scan the QR code to open the Hanoi city portal and get the app.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="58" />
        <source>Mã QR góp ý iHanoi</source>
        <translation>iHanoi feedback QR code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="60" />
        <source>Xong / người tiếp theo</source>
        <translation>Done / next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="61" />
        <source>Xong, xoá thông tin, cho người tiếp theo</source>
        <translation>Done: clear everything for the next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_feedback.py" line="95" />
        <source>Cảm ơn bạn đã đánh giá!</source>
        <translation>Thank you for your rating!</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="51" />
        <location filename="../../ui/screens/_field_widgets.py" line="175" />
        <source>Gõ vài chữ để tìm</source>
        <translation>Type a few letters to search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="108" />
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="110" />
        <source>Xã / phường</source>
        <translation>Commune / ward</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="113" />
        <source>Số nhà, đường, thôn/tổ dân phố</source>
        <translation>House number, street, village/residential group</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_address_input.py" line="119" />
        <source>Số nhà, đường</source>
        <translation>House number, street</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="107" />
        <source>năm, ví dụ 1990</source>
        <translation>year, e.g. 1990</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="178" />
        <source>Tìm trong danh sách</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="248" />
        <source>(chưa điền)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="251" />
        <location filename="../../ui/screens/_field_widgets.py" line="296" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_field_widgets.py" line="253" />
        <location filename="../../ui/screens/_field_widgets.py" line="297" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="29" />
        <location filename="../../ui/screens/_group_input.py" line="30" />
        <source>Xoá mục này</source>
        <translation>Remove this entry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="47" />
        <location filename="../../ui/screens/_group_input.py" line="48" />
        <source>Thêm một mục</source>
        <translation>Add an entry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="101" />
        <location filename="../../ui/screens/_group_input.py" line="104" />
        <source>Chọn tệp ảnh hoặc PDF</source>
        <translation>Choose a photo or PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="108" />
        <source>Chưa có tệp. Nếu không có, hãy đưa giấy tờ cho cán bộ.</source>
        <translation>No file yet. If you have none, hand the paper to the staff.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="128" />
        <source>Chưa có tệp.</source>
        <translation>No file yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_group_input.py" line="134" />
        <source>Chọn tệp</source>
        <translation>Choose a file</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/_home.py" line="26" />
        <source>Xin chào! Bạn cần làm thủ tục gì?</source>
        <translation>Hello! Which procedure do you need?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="30" />
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="31" />
        <source>Bắt đầu làm hồ sơ</source>
        <translation>Start an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="34" />
        <source>Hoặc gõ tên thủ tục, ví dụ “khai sinh”:</source>
        <translation>Or type the name of a procedure, e.g. “birth”:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="38" />
        <location filename="../../ui/screens/_home.py" line="39" />
        <location filename="../../ui/screens/_home.py" line="41" />
        <source>Tìm thủ tục</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="40" />
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="42" />
        <source>Tra cứu hồ sơ</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="43" />
        <source>Tra cứu tình trạng hồ sơ</source>
        <translation>Check the status of an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="44" />
        <source>Tiếp tục hồ sơ đang làm</source>
        <translation>Continue an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="45" />
        <source>Tiếp tục hồ sơ đang làm dở</source>
        <translation>Continue an unfinished application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="46" />
        <source>Cán bộ hỗ trợ</source>
        <translation>Staff help</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="47" />
        <source>Cán bộ đăng nhập để hỗ trợ</source>
        <translation>Staff sign-in to help</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="49" />
        <source>Đổi ngôn ngữ</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_home.py" line="97" />
        <source>Bấm Bắt đầu để làm hồ sơ.</source>
        <translation>Press Start to make an application.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/_window.py" line="271" />
        <location filename="../../ui/_window.py" line="272" />
        <source>Tôi vẫn đang dùng</source>
        <translation>I am still here</translation>
    </message>
    <message>
        <location filename="../../ui/_window.py" line="289" />
        <source>Bạn còn đó không? Sau %1 giây, thông tin trên màn hình sẽ được xoá để bảo vệ bạn. Chạm vào màn hình để tiếp tục.</source>
        <translation>Are you still there? In %1 seconds the screen will be cleared to protect you. Touch the screen to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="87" />
        <source>Có lỗi khi lưu hoặc đọc dữ liệu trên máy. Thông tin bạn đã nhập vẫn còn. Hãy thử lại, hoặc báo cán bộ ở quầy.</source>
        <translation>Saving or reading data on this kiosk failed. What you entered is still here. Try again, or tell the staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="285" />
        <source>Đã gửi giấy biên nhận tới máy in. Hãy lấy giấy ở khay máy in.</source>
        <translation>The receipt was sent to the printer. Take it from the printer tray.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="289" />
        <source>Máy in không hoạt động. Hãy báo cán bộ ở quầy để in giúp.</source>
        <translation>The printer is not working. Ask the staff at the counter to print it.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="297" />
        <source>Chưa có máy in. Giấy biên nhận đã được lưu thành tệp PDF tại: %1. Cán bộ ở quầy có thể in giúp bạn.</source>
        <translation>No printer is set up. The receipt was saved as a PDF file: %1. The staff at the counter can print it for you.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="307" />
        <source>Không tạo được giấy biên nhận. Hãy ghi lại mã hồ sơ và báo cán bộ ở quầy.</source>
        <translation>The receipt could not be made. Write down the application code and tell the staff at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/_flow.py" line="363" />
        <source>Không đăng nhập được. Hãy thử lại.</source>
        <translation>Sign-in failed. Please try again.</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="44" />
        <source>Tra cứu hồ sơ</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="48" />
        <source>Gõ mã hồ sơ in trên giấy biên nhận, hoặc đưa mã QR trên giấy vào máy quét.</source>
        <translation>Type the application code printed on the receipt, or hold the receipt QR code to the scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="56" />
        <location filename="../../ui/screens/_lookup.py" line="57" />
        <source>Mã hồ sơ</source>
        <translation>Application code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="58" />
        <location filename="../../ui/screens/_lookup.py" line="59" />
        <source>Tra cứu</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="62" />
        <source>← Về trang chủ</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="63" />
        <source>Về trang chủ</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="93" />
        <source>Không tìm thấy hồ sơ có mã này trên máy. Hãy kiểm tra lại mã, hoặc tra cứu trên Cổng dịch vụ công quốc gia.</source>
        <translation>No application with this code on this kiosk. Check the code, or look it up on the National Public Service Portal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="120" />
        <source>Hãy gõ mã hồ sơ trước khi bấm Tra cứu.</source>
        <translation>Type the application code before pressing Check.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_lookup.py" line="122" />
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="49" />
        <source>Mã hồ sơ của bạn:</source>
        <translation>Your application code:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="52" />
        <source>Mã hồ sơ</source>
        <translation>Application code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="54" />
        <source>Mã QR của hồ sơ</source>
        <translation>QR code of the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="65" />
        <location filename="../../ui/screens/_receipt.py" line="66" />
        <source>In giấy biên nhận</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="67" />
        <source>Đánh giá dịch vụ</source>
        <translation>Rate the service</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="68" />
        <source>Đánh giá mức độ hài lòng</source>
        <translation>Rate your satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="69" />
        <source>Xong / người tiếp theo</source>
        <translation>Done / next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="70" />
        <source>Xong, xoá thông tin, cho người tiếp theo</source>
        <translation>Done: clear everything for the next person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="114" />
        <source>Hồ sơ đã được tiếp nhận</source>
        <translation>Application received</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="114" />
        <source>Đã gửi hồ sơ</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="118" />
        <source>Mã hồ sơ chính thức:</source>
        <translation>Official application code:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="118" />
        <source>Mã hồ sơ tạm thời:</source>
        <translation>Provisional application code:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="125" />
        <source>Hồ sơ đã lên Cổng dịch vụ công. Dùng mã này để tra cứu. Hãy in hoặc chụp lại giấy biên nhận.</source>
        <translation>The application has reached the Public Service Portal. Use this code to check it. Print or photograph the receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="132" />
        <source>Mã hồ sơ tạm thời. Hồ sơ chưa được tiếp nhận chính thức cho đến khi được gửi lên Cổng dịch vụ công.</source>
        <translation>Provisional code. The application is not officially received until it has been sent to the Public Service Portal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="138" />
        <source>Tin nhắn về hồ sơ sẽ được gửi tới số %1.</source>
        <translation>Text messages about the application will go to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_receipt.py" line="153" />
        <source>Đang chuẩn bị giấy biên nhận…</source>
        <translation>Preparing the receipt…</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/_review.py" line="38" />
        <source>Xem lại hồ sơ</source>
        <translation>Review the application</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="40" />
        <source>Hãy đọc lại từng câu trả lời. Bấm “Sửa” nếu cần thay đổi.</source>
        <translation>Read each answer again. Press “Edit” to change one.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="53" />
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="54" />
        <source>Quay lại câu hỏi cuối</source>
        <translation>Back to the last question</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="56" />
        <source>Đúng rồi, tiếp tục →</source>
        <translation>Correct, continue →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="57" />
        <source>Thông tin đúng, tiếp tục</source>
        <translation>The information is correct, continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="98" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_review.py" line="101" />
        <source>Sửa: %1</source>
        <translation>Edit: %1</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/screens/_staff.py" line="29" />
        <source>Cán bộ đăng nhập để hỗ trợ</source>
        <translation>Staff sign-in to help</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="31" />
        <location filename="../../ui/screens/_staff.py" line="32" />
        <source>Mã cán bộ</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="35" />
        <location filename="../../ui/screens/_staff.py" line="36" />
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="45" />
        <source>Xoá một số</source>
        <translation>Delete a digit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="45" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="52" />
        <source>← Về trang chủ</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="53" />
        <source>Về trang chủ</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_staff.py" line="94" />
        <source>Hãy nhập mã cán bộ và mã PIN.</source>
        <translation>Enter the staff ID and the PIN.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/_topbar.py" line="31" />
        <location filename="../../ui/_topbar.py" line="106" />
        <source>Cán bộ đang nhập</source>
        <translation>Staff typing</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="33" />
        <source>Chuyển người nhập: cán bộ hoặc người dân</source>
        <translation>Switch who is typing: staff or resident</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="35" />
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="36" />
        <source>Chữ nhỏ hơn</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="38" />
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="39" />
        <source>Chữ to hơn</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="40" />
        <source>◐ Tương phản cao</source>
        <translation>◐ High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="42" />
        <source>Bật hoặc tắt chế độ tương phản cao</source>
        <translation>Turn high contrast on or off</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="43" />
        <source>Đọc to</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="45" />
        <source>Bật hoặc tắt giọng đọc</source>
        <translation>Turn the voice on or off</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="46" />
        <source>Giọng đọc không khả dụng</source>
        <translation>Voice not available</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="48" />
        <source>Xong / người tiếp theo</source>
        <translation>Done / next person</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="49" />
        <source>Xong, xoá thông tin, cho người tiếp theo</source>
        <translation>Done: clear everything for the next person</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="94" />
        <source>Cán bộ: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <location filename="../../ui/_topbar.py" line="106" />
        <source>Người dân đang nhập</source>
        <translation>Resident typing</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="61" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="68" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="91" />
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="92" />
        <source>Đọc lại</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="93" />
        <location filename="../../ui/screens/_wizard.py" line="97" />
        <source>Về trang xem lại</source>
        <translation>Back to the review</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="94" />
        <location filename="../../ui/screens/_wizard.py" line="179" />
        <source>Tiếp tục →</source>
        <translation>Continue →</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="95" />
        <source>Quay lại câu trước</source>
        <translation>Back to the previous question</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="96" />
        <source>Đọc lại câu hỏi</source>
        <translation>Read the question again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="98" />
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="155" />
        <source>Bước %1/%2</source>
        <translation>Step %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="165" />
        <source> (không bắt buộc)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="171" />
        <source>%1 là dữ liệu cá nhân nhạy cảm. Thông tin này được bảo vệ đặc biệt theo Nghị định 13/2023.</source>
        <translation>%1 is sensitive personal data. It is specially protected under Decree 13/2023.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/_wizard.py" line="179" />
        <source>Xem lại hồ sơ →</source>
        <translation>Review the application →</translation>
    </message>
</context>
</TS>