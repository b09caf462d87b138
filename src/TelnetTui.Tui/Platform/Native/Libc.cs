using System.Runtime.InteropServices;

namespace TelnetTui.Tui.Platform.Native;

/// <summary>
/// The few libc calls the tty driver needs (POSIX.1-2017). struct termios is never declared: its layout
/// differs between glibc, musl and macOS, so it is an opaque buffer that only libc itself reads and
/// changes (tcgetattr, cfmakeraw, tcsetattr).
/// </summary>
internal static unsafe partial class Libc
{
    private const string Library = "libc";

    /// <summary>Bytes reserved for a struct termios: larger than any libc's (glibc 60, macOS 72).</summary>
    public const int TermiosSize = 256;

    public const int StdinFileno = 0;
    public const int StdoutFileno = 1;
    public const int TcsaNow = 0;
    public const int TcsaDrain = 1;
    public const short PollIn = 0x1;
    public const short PollErr = 0x8;
    public const short PollHup = 0x10;
    public const short PollNval = 0x20;
    public const int EINTR = 4;
    public const int EAGAIN_Linux = 11;
    public const int EAGAIN_Mac = 35;
    public const int SIGSTOP_Linux = 19;
    public const int SIGSTOP_Mac = 17;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct WinSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort XPixels;
        public ushort YPixels;
    }

    [LibraryImport(Library, EntryPoint = "isatty", SetLastError = true)]
    public static partial int IsATty(int fd);

    [LibraryImport(Library, EntryPoint = "tcgetattr", SetLastError = true)]
    public static partial int TcGetAttr(int fd, byte* termios);

    [LibraryImport(Library, EntryPoint = "tcsetattr", SetLastError = true)]
    public static partial int TcSetAttr(int fd, int optionalActions, byte* termios);

    [LibraryImport(Library, EntryPoint = "cfmakeraw")]
    public static partial void CfMakeRaw(byte* termios);

    [LibraryImport(Library, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport(Library, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport(Library, EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    [LibraryImport(Library, EntryPoint = "pipe", SetLastError = true)]
    public static partial int Pipe(int* fds);

    [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Library, EntryPoint = "getpid")]
    public static partial int GetPid();

    [LibraryImport(Library, EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    // ioctl is variadic. On Linux (x86-64 and AArch64) and macOS x86-64 a variadic pointer travels like a
    // named one; on Apple AArch64 variadic arguments go on the stack, past the eight argument registers,
    // so the padded form puts the pointer there.
    [LibraryImport(Library, EntryPoint = "ioctl", SetLastError = true)]
    private static partial int IoctlWinSize(int fd, nuint request, WinSize* size);

    [LibraryImport(Library, EntryPoint = "ioctl", SetLastError = true)]
    private static partial int IoctlWinSizeApple(int fd, nuint request, nint r2, nint r3, nint r4, nint r5, nint r6, nint r7, WinSize* size);

    private const nuint TiocgwinszLinux = 0x5413;
    private const nuint TiocgwinszMac = 0x40087468;

    /// <summary>TIOCGWINSZ: the terminal's size in cells, or false when fd is not a terminal.</summary>
    public static bool TryGetWindowSize(int fd, out int columns, out int rows)
    {
        WinSize size = default;
        int result;
        if (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            result = RuntimeInformation.ProcessArchitecture == Architecture.Arm64
                ? IoctlWinSizeApple(fd, TiocgwinszMac, 0, 0, 0, 0, 0, 0, &size)
                : IoctlWinSize(fd, TiocgwinszMac, &size);
        }
        else
            result = IoctlWinSize(fd, TiocgwinszLinux, &size);
        columns = size.Columns;
        rows = size.Rows;
        return result == 0 && columns > 0 && rows > 0;
    }

    public static int SigStop => OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? SIGSTOP_Mac : SIGSTOP_Linux;

    public static bool IsRetryable(int errno) =>
        errno == EINTR || errno == (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? EAGAIN_Mac : EAGAIN_Linux);
}
