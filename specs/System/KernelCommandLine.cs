namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/cmdline</c>: the command line the kernel was booted with (proc(5); <c>cmdline_proc_show</c> in
/// <c>fs/proc/cmdline.c</c>). Not to be confused with <c>{pid}/cmdline</c> (<see cref="ProcessCmdline"/>).
/// </summary>
[ProcFile("cmdline"), SingleValue]
public sealed partial record KernelCommandLine
{
    /// <summary>The command line as one string, without the final newline.</summary>
    public required string CommandLine { get; init; }

    /// <summary>
    /// The blank-separated words. Quoting (<c>param="a b"</c>) is not interpreted: enough for finding a flag.
    /// </summary>
    public string[] Words => CommandLine.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
}
