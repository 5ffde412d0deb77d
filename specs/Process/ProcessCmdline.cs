namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/cmdline</c>: the arguments, each terminated by a NUL (proc(5); <c>proc_pid_cmdline_read</c> in
/// <c>fs/proc/base.c</c>). Empty for kernel threads and zombies. A process that rewrote its argument area may
/// show one long string, with or without NULs.
/// </summary>
[ProcFile("{pid}/cmdline"), NulSeparated]
public sealed partial record ProcessCmdline
{
    /// <summary>The arguments, <c>argv[0]</c> first.</summary>
    public required string[] Arguments { get; init; }

    /// <summary>The arguments joined by blanks, as <c>ps</c> shows them.</summary>
    public override string ToString() => string.Join(' ', Arguments);
}
