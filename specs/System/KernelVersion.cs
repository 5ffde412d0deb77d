namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/version</c>: the kernel's banner, e.g. <c>Linux version 6.18.44 (builder@host) (gcc …) #1 SMP …</c>
/// (proc(5); <c>version_proc_show</c> in <c>fs/proc/version.c</c>, format <c>linux_proc_banner</c> in
/// <c>init/version.c</c>).
/// </summary>
[ProcFile("version"), SingleValue]
public sealed partial record KernelVersion
{
    /// <summary>The whole banner, without the final newline.</summary>
    public required string Banner { get; init; }

    /// <summary>The release (<c>uname -r</c>): the third word of the banner, or empty if the banner is unusual.</summary>
    public string Release
    {
        get
        {
            var parts = Banner.Split(' ', 4);
            return parts.Length >= 3 && parts[0] == "Linux" && parts[1] == "version" ? parts[2] : string.Empty;
        }
    }
}
