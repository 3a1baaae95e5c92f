"""commune_care — quản lý trẻ em và bảo vệ trẻ em cấp xã."""

__version__ = "0.1.0"
