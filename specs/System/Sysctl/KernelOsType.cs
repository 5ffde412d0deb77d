namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/ostype</c>: the operating system name, <c>Linux</c> (<c>uname -s</c>;
/// <c>proc_do_uts_string</c> in <c>kernel/utsname_sysctl.c</c>).
/// </summary>
[ProcFile("sys/kernel/ostype"), SingleValue]
public sealed partial record KernelOsType
{
    /// <summary>The system name.</summary>
    public required string OsType { get; init; }
}
