"""Real words, names and places for the composer tests: NFC, traditional tone placement."""

WORDS = """
a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ
ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ
ba bà bá bả bã bạ cá cà cả đá đà đã đạ má mà mả mã mạ la là lá lả lã lạ
anh ánh ảnh ăn ắn ăng ẳng ân ấn ẩn ấp ắt ách ạch ai ái ải ao áo ảo au áu ay áy ày
em ém én eo éo ẹo êm ếm ền ết ệt ếch êu ếu
in ín ít ích ịch im ỉm inh ính ỉnh ịnh iu ĩu
oan oán oàn oanh oách oai oái oại oay oáy oắt oằn oe óe ỏe
ôm ốm ồn ông ống ồng ốc ộc ơi ới ời ởi ơn ớn ợn ớt ợt
um úm un ùn ung úng ủng út ụt uy úy ủy uân uấn uẩn uất uật uê uế uệ
ưng ừng ững ức ực ưu ừu ựu ưa ừa ửa ữa ựa ươn ướn ườn ương ướng ường ưởng ượng
ước ược ướt ượt ươi ười ưởi ượi ươu ượu
yên yến yêu yếu yểu yêng
người được đường nước trường thương tướng vương cường phượng lượng hương
tiếng tiến tiền tiện tiễn tiêu tiểu tiếu tiệu chiếc chiếu chiều chiêng điện điều điểm điếc
nghiêng nghiệp nghiêm nghiệm nghĩa nghĩ nghỉ nghe nghèo nghẹn nghệ nghề ngh
khuya khuyên khuyết khuyến khuỷu khuy khuya
quốc quốc quá quà quả quạ quý quỳ quỷ quỹ quỵ quyển quyết quyền quyện quên quen quẹo quanh quăng
quân quần quẩn quấn quận quất quật quặn quê quế quệ quét quẹt quạt quát quay quày quạu
giặt giá già giả giã giạ giây giấy giầy giận giật gió giỏi giọng giống giữ giữa giường giọt
gì gìn gỉ gia gian giàn giản giang giảng giáng giêng giếng giết giêng gieo giòn giỏ giũ giục
tuổi muối muỗi cuối cuộn cuốn cuộc buổi bưởi bước bướm mười mượn mượt lười lưỡi lưới lượt
rượu hươu bướu khướu ngươi ngược ngượng nướng nường sương sướng sưởi tưới tươi tưởng tượng
hoa hòa hóa hỏa họa hoài hoái hoan hoàn hoãn hoạn hoang hoàng hoảng hoạch hoặc hoắc hoằng
khoa khóa khỏa khoan khoản khoang khoáng khoanh khoảnh khỏe khoe khoét khoèo
thủy thúy thùy thụy tùy tủy túy lũy lụy lùy mũi núi túi bụi bùi củi
ngoài ngoái ngoại ngoáy xoáy xoay loay toại toát toàn toán toản
đi đâu đây đó đến đều đã đang đúng đủ đông đồng đổi đội đời đợi đàn đảng đứng đức được
việt nam hà nội hồ chí minh hải phòng đà nẵng cần thơ huế
khai sinh kết hôn khai tử thường trú tạm trú chứng thực bản sao trích lục hộ tịch
tờ khai giấy chứng nhận căn cước công dân ngày tháng năm sinh giới tính dân tộc quốc tịch
nơi cư trú quê quán địa chỉ số điện thoại thư điện tử chữ ký người yêu cầu
ủy ban nhân dân phường xã thành phố tỉnh huyện quận thị trấn
trẻ em cha mẹ ông bà con cái vợ chồng anh chị em họ tên
hồ sơ tiếp nhận kết quả hẹn trả lệ phí miễn phí trực tuyến toàn trình một phần
xin cảm ơn vui lòng chờ quét mã nhập tay sửa lại tiếp tục quay lại xong hủy
nhà số ngõ ngách hẻm đường phố tổ dân phố thôn xóm ấp bản làng
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh mai
thị văn hữu đức minh hùng dũng tuấn anh hương lan hoa hồng ngọc thảo trang linh nga
phương thu thủy hằng hạnh hiền huệ khuê quỳnh yến oanh uyên nguyệt tuyết ánh châu
quang quân khoa khải khánh khang kiên kiệt lâm long lực mạnh nghĩa nhân phong phúc quốc sơn
tâm thắng thành thịnh tiến toàn trung tú tùng việt vinh vỹ xuân yên bảo bình cường đạt
đăng định đông giang hải hiếu hòa hoàn hưng huy khôi lộc luân nam ngân nhung ngữ
đắk lắk đắk nông krông
"""

NAMES = """
Nguyễn Thị Ánh Tuyết
Trần Đức Lương
Nguyễn Văn An
Lê Thị Hồng Nhung
Phạm Minh Chính
Võ Văn Thưởng
Nguyễn Phú Trọng
Trương Tấn Sang
Đỗ Thị Thủy
Hoàng Văn Thụ
Huỳnh Thúc Kháng
Phan Bội Châu
Ngô Bảo Châu
Bùi Thị Xuân
Đặng Thùy Trâm
Dương Quỳnh Hoa
Lý Thường Kiệt
Trịnh Công Sơn
Đinh Tiên Hoàng
Mai Hắc Đế
Nguyễn Thị Minh Khai
Lương Thế Vinh
Hồ Xuân Hương
Chu Văn An
Tô Ngọc Vân
Nguyễn Thị Định
Võ Nguyên Giáp
Phùng Khắc Khoan
Nguyễn Trãi
Lê Quý Đôn
Nguyễn Khuyến
Trần Hưng Đạo
Nguyễn Thị Bích Ngọc
Phạm Thị Thu Hằng
Lê Hoàng Quân
Nguyễn Hữu Khoa
Đoàn Thị Điểm
Vũ Trọng Phụng
Tạ Quang Bửu
Quách Tuấn Du
Giáp Văn Cường
Cù Huy Cận
Hứa Vĩnh Phúc
Khổng Minh Nguyệt
Ông Ích Khiêm
Ưng Hoàng Phúc
Kiều Thị Loan
Lưu Quang Vũ
Thái Thị Quỳnh Như
La Văn Cầu
Tăng Thị Ngọc Yến
Mạc Đăng Dung
Doãn Quốc Khánh
Triệu Thị Trinh
Âu Dương Phong
Lò Văn Giàng
Hà Thị Khuê
Nguyễn Thị Huệ
Trần Thị Khuyên
Phạm Ngọc Uyên
"""

PLACES = """
Phường Hoàn Kiếm
Phường Ba Đình
Phường Cửa Nam
Phường Hồng Hà
Phường Đống Đa
Phường Văn Miếu Quốc Tử Giám
Phường Hai Bà Trưng
Phường Bạch Mai
Phường Tương Mai
Phường Hoàng Mai
Phường Thanh Xuân
Phường Cầu Giấy
Phường Nghĩa Đô
Phường Tây Hồ
Phường Long Biên
Phường Bồ Đề
Phường Hà Đông
Phường Dương Nội
Phường Sơn Tây
Phường Tùng Thiện
Phường Từ Liêm
Phường Xuân Phương
Xã Sóc Sơn
Xã Đa Phúc
Xã Nội Bài
Xã Đông Anh
Xã Thư Lâm
Xã Gia Lâm
Xã Bát Tràng
Xã Thanh Trì
Xã Ngọc Hồi
Xã Mê Linh
Xã Quang Minh
Xã Ba Vì
Xã Yên Bài
Xã Phúc Thọ
Xã Đan Phượng
Xã Hoài Đức
Xã Quốc Oai
Xã Thạch Thất
Xã Chương Mỹ
Xã Thanh Oai
Xã Thường Tín
Xã Phú Xuyên
Xã Ứng Hòa
Xã Mỹ Đức
Xã Hương Sơn
Thành phố Hà Nội
Thành phố Hồ Chí Minh
Tỉnh Tuyên Quang
Tỉnh Quảng Ninh
Tỉnh Nghệ An
Tỉnh Khánh Hòa
Tỉnh Đắk Lắk
Tỉnh Cà Mau
"""


def words() -> list[str]:
    return sorted(set(WORDS.split()))


def names() -> list[str]:
    return [line.strip() for line in NAMES.splitlines() if line.strip()]


def places() -> list[str]:
    return [line.strip() for line in PLACES.splitlines() if line.strip()]
