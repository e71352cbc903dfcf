"""Words every receipt prints, A4 or 80 mm: one source so both say the same."""

__all__ = ["PROVISIONAL_NOTE", "SELF_SERVICE_NOTE", "TITLE"]

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
PROVISIONAL_NOTE = (
    "Mã hồ sơ tạm thời. Hồ sơ chưa được tiếp nhận chính thức cho đến khi "
    "được gửi lên Cổng dịch vụ công."
)
SELF_SERVICE_NOTE = "Nộp tại kiosk tự phục vụ"
