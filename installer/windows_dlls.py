"""The DLLs a bundle may import from Windows itself: what every Windows 10 1809 (x64) has.

Anything else must ship in the bundle. The list is on purpose not "everything in System32 of a
recent PC": a DLL added by a later Windows (``icu.dll``, 1903 — which Qt 6.10 needs) or by an
optional feature must not pass. The Visual C++ runtime (``msvcp140.dll``, ``vcruntime140.dll``)
is not part of Windows: it has to be in the bundle.

API sets (``api-ms-win-*``) are names the loader maps to real system DLLs. The Universal CRT
sets (``api-ms-win-crt-*-l1-1-0``) are part of every Windows 10. Other sets are listed one by one
with the Windows version that introduced them; extension sets (``ext-ms-*``) may be missing on
some editions, so they are accepted only as delay-loaded imports (the program must cope).
"""

from __future__ import annotations

MINIMUM_WINDOWS = "Windows 10 version 1809 (64-bit)"

# Plain system DLLs present on Windows 10 1809 x64 (all of them exist since Windows 8.1 or 7).
SYSTEM_DLLS = frozenset(
    name.lower()
    for name in (
        "advapi32.dll",
        "authz.dll",
        "bcrypt.dll",
        "bcryptprimitives.dll",
        "cabinet.dll",
        "cfgmgr32.dll",
        "comctl32.dll",
        "comdlg32.dll",
        "crypt32.dll",
        "d2d1.dll",
        "d3d9.dll",
        "d3d11.dll",
        "d3d12.dll",
        "d3dcompiler_47.dll",
        "dbghelp.dll",
        "dcomp.dll",
        "dnsapi.dll",
        "dwmapi.dll",
        "dwrite.dll",
        "dxgi.dll",
        "gdi32.dll",
        "gdiplus.dll",
        "glu32.dll",
        "hid.dll",
        "imagehlp.dll",
        "imm32.dll",
        "iphlpapi.dll",
        "kernel32.dll",
        "kernelbase.dll",
        "mpr.dll",
        "msi.dll",
        "msimg32.dll",
        "mswsock.dll",
        "ncrypt.dll",
        "netapi32.dll",
        "normaliz.dll",
        "ntdll.dll",
        "ole32.dll",
        "oleacc.dll",
        "oleaut32.dll",
        "opengl32.dll",
        "powrprof.dll",
        "propsys.dll",
        "psapi.dll",
        "rpcrt4.dll",
        "secur32.dll",
        "setupapi.dll",
        "shcore.dll",
        "shell32.dll",
        "shlwapi.dll",
        "ucrtbase.dll",
        "uiautomationcore.dll",
        "user32.dll",
        "userenv.dll",
        "uxtheme.dll",
        "version.dll",
        "winhttp.dll",
        "wininet.dll",
        "winmm.dll",
        "winspool.drv",
        "wintrust.dll",
        "wldap32.dll",
        "ws2_32.dll",
        "wtsapi32.dll",
    )
)

# API sets other than the Universal CRT, each present since the Windows version noted.
SYSTEM_API_SETS = frozenset(
    (
        "api-ms-win-core-path-l1-1-0.dll",  # Windows 8
        "api-ms-win-core-synch-l1-2-0.dll",  # Windows 8
        "api-ms-win-core-winrt-l1-1-0.dll",  # Windows 8
        "api-ms-win-core-winrt-error-l1-1-0.dll",  # Windows 8
        "api-ms-win-core-winrt-error-l1-1-1.dll",  # Windows 8.1
        "api-ms-win-core-winrt-string-l1-1-0.dll",  # Windows 8
        "api-ms-win-shcore-scaling-l1-1-1.dll",  # Windows 8.1
    )
)


def is_ucrt_api_set(name: str) -> bool:
    """``api-ms-win-crt-*-l1-1-0.dll``: the Universal CRT, built into every Windows 10."""
    return name.startswith("api-ms-win-crt-") and name.endswith("-l1-1-0.dll")


def is_system_dll(name: str, *, delay_loaded: bool = False) -> bool:
    """Whether Windows 10 1809 provides ``name`` (any case); ``ext-ms-*`` only when delay-loaded."""
    name = name.lower()
    if name in SYSTEM_DLLS or name in SYSTEM_API_SETS or is_ucrt_api_set(name):
        return True
    return delay_loaded and name.startswith("ext-ms-")
