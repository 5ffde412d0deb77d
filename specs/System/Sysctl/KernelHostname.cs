namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/hostname</c>: the UTS namespace's host name, as <c>uname -n</c> prints it (proc(5);
/// <c>proc_do_uts_string</c> in <c>kernel/utsname_sysctl.c</c>).
/// </summary>
[ProcFile("sys/kernel/hostname"), SingleValue]
public sealed partial record KernelHostname
{
    /// <summary>The host name of the reader's UTS namespace.</summary>
    public required string Hostname { get; init; }
}
