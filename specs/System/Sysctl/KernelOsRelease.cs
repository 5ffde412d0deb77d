namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/osrelease</c>: the kernel release, as <c>uname -r</c> prints it (<c>6.18.44</c>;
/// <c>proc_do_uts_string</c> in <c>kernel/utsname_sysctl.c</c>).
/// </summary>
[ProcFile("sys/kernel/osrelease"), SingleValue]
public sealed partial record KernelOsRelease
{
    /// <summary>The release string.</summary>
    public required string Release { get; init; }
}
