using System.Runtime.InteropServices;

namespace ProcGen;

/// <summary>
/// The few system calls the reader needs, called directly: <c>File</c> and <c>FileStream</c> add an
/// <c>fstat</c> and <c>flock</c> calls per open, and on <c>/proc</c> the syscalls cost more than the parsing.
/// </summary>
internal static unsafe partial class LibC
{
    public const int O_RDONLY = 0;
    public const int O_CLOEXEC = 0x80000; // same value on x86_64, arm64 and riscv64

    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int ESRCH = 3;
    public const int EINTR = 4;
    public const int EACCES = 13;
    public const int ENOTDIR = 20;
    public const int EINVAL = 22;
    public const int ERANGE = 34;
    public const int ENOSYS = 38;

    private const int _SC_CLK_TCK = 2;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    public static partial int Open(byte* path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    public const int SEEK_SET = 0;

    [LibraryImport("libc", EntryPoint = "lseek", SetLastError = true)]
    public static partial long LSeek(int fd, long offset, int whence);

    [LibraryImport("libc", EntryPoint = "readlink", SetLastError = true)]
    public static partial nint ReadLink(byte* path, byte* buffer, nuint size);

    [LibraryImport("libc", EntryPoint = "sysconf", SetLastError = true)]
    private static partial long SysConf(int name);

    public static long ClockTicksPerSecond() => SysConf(_SC_CLK_TCK);

    // Signals: kill(2), and the pidfd calls (Linux 5.3+, glibc 2.36+) that pin a process so that a pid reused
    // between a check and the signal cannot be hit.

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "pidfd_open", SetLastError = true)]
    public static partial int PidfdOpen(int pid, uint flags);

    [LibraryImport("libc", EntryPoint = "pidfd_send_signal", SetLastError = true)]
    public static partial int PidfdSendSignal(int pidfd, int signal, void* info, uint flags);

    // The user database through NSS (files, LDAP, systemd-homed …): getpwuid_r(3), getgrgid_r(3), getpwnam_r(3).
    // They return the error number instead of setting errno; *result is null when there is no such entry.

    [LibraryImport("libc", EntryPoint = "getpwuid_r")]
    public static partial int GetPwUidR(uint uid, byte* passwd, byte* buffer, nuint bufferLength, byte** result);

    [LibraryImport("libc", EntryPoint = "getgrgid_r")]
    public static partial int GetGrGidR(uint gid, byte* group, byte* buffer, nuint bufferLength, byte** result);

    [LibraryImport("libc", EntryPoint = "getpwnam_r")]
    public static partial int GetPwNamR(byte* name, byte* passwd, byte* buffer, nuint bufferLength, byte** result);

    public static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno);
}
