namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/fd/[fd]</c>: one open file descriptor, as a symbolic link (proc(5); <c>proc_fd_link</c> in
/// <c>fs/proc/fd.c</c>). Files show their path; other objects show <c>type:[inode]</c> (<c>socket:[12345]</c>,
/// <c>pipe:[678]</c>) or <c>anon_inode:name</c> (<c>anon_inode:[eventfd]</c>).
/// </summary>
[ProcFile("{pid}/fd/{fd}"), SymbolicLink]
public sealed partial record ProcessFd
{
    /// <summary>The link target as the kernel prints it.</summary>
    public required string Target { get; init; }

    /// <summary>Whether the descriptor refers to a file that was unlinked.</summary>
    public bool IsDeleted => LinkTarget.IsDeleted(Target);

    /// <summary>Whether the target is a path (a file, directory or device) rather than a pseudo-file.</summary>
    public bool IsPath => Target.StartsWith('/');

    /// <summary>Whether the descriptor is a socket (<c>socket:[inode]</c>).</summary>
    public bool IsSocket => Target.StartsWith("socket:[", System.StringComparison.Ordinal);

    /// <summary>Whether the descriptor is a pipe or FIFO without a name (<c>pipe:[inode]</c>).</summary>
    public bool IsPipe => Target.StartsWith("pipe:[", System.StringComparison.Ordinal);

    /// <summary>The inode of a <c>type:[inode]</c> target (sockets, pipes), or <c>null</c>.</summary>
    public ulong? PseudoFileInode
    {
        get
        {
            int open = Target.IndexOf(":[", System.StringComparison.Ordinal);
            if (open <= 0 || Target.Length < open + 3 || Target[^1] != ']') return null;
            return ulong.TryParse(System.MemoryExtensions.AsSpan(Target, open + 2, Target.Length - open - 3), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out ulong inode) ? inode : null;
        }
    }
}
