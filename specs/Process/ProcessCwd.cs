namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/cwd</c>: the current working directory, as a symbolic link (proc(5); <c>proc_cwd_link</c> in
/// <c>fs/proc/base.c</c>). Readable only with ptrace access.
/// </summary>
[ProcFile("{pid}/cwd"), SymbolicLink]
public sealed partial record ProcessCwd
{
    /// <summary>The directory, with <c>" (deleted)"</c> if it was removed.</summary>
    public required string Target { get; init; }

    /// <summary>Whether the directory was removed while the process was in it.</summary>
    public bool IsDeleted => LinkTarget.IsDeleted(Target);

    /// <summary>The path without the <c>" (deleted)"</c> suffix.</summary>
    public string Path => LinkTarget.WithoutDeletedSuffix(Target);
}
