namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/root</c>: the process's root directory (<c>chroot</c>, container), as a symbolic link
/// (proc(5); <c>proc_root_link</c> in <c>fs/proc/base.c</c>). Readable only with ptrace access.
/// </summary>
[ProcFile("{pid}/root"), SymbolicLink]
public sealed partial record ProcessRoot
{
    /// <summary>The root directory as seen from the reader's mount namespace.</summary>
    public required string Target { get; init; }

    /// <summary>Whether the directory was removed.</summary>
    public bool IsDeleted => LinkTarget.IsDeleted(Target);

    /// <summary>The path without the <c>" (deleted)"</c> suffix.</summary>
    public string Path => LinkTarget.WithoutDeletedSuffix(Target);
}
