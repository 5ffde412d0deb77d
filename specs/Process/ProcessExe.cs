namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/exe</c>: the executable the process runs, as a symbolic link (proc(5); <c>proc_exe_link</c> in
/// <c>fs/proc/base.c</c>). Absent for kernel threads; readable only with ptrace access.
/// </summary>
[ProcFile("{pid}/exe"), SymbolicLink]
public sealed partial record ProcessExe
{
    /// <summary>The absolute path of the executable, with <c>" (deleted)"</c> if it was removed or replaced.</summary>
    public required string Target { get; init; }

    /// <summary>Whether the executable was unlinked after the process started (an upgrade, typically).</summary>
    public bool IsDeleted => LinkTarget.IsDeleted(Target);

    /// <summary>The path without the <c>" (deleted)"</c> suffix.</summary>
    public string Path => LinkTarget.WithoutDeletedSuffix(Target);
}
