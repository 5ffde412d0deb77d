namespace ProcGen.Specs;

/// <summary>
/// The <c>fh</c> line of <c>net/rpc/nfsd</c>: file-handle lookups (<c>fh stale lookup anon dirnocache nodirnocache</c>;
/// since 4.x only the stale count is kept and the other four are printed as 0).
/// </summary>
[ProcPart, Columnar]
public sealed partial record NfsServerFileHandles
{
    /// <summary>Requests with a stale file handle.</summary>
    [Column(0)] public required ulong Stale { get; init; }
    /// <summary>File-handle lookups (0 on current kernels).</summary>
    [Column(1)] public required ulong Lookups { get; init; }
    /// <summary>Lookups of anonymous (disconnected) dentries (0 on current kernels).</summary>
    [Column(2)] public required ulong AnonymousLookups { get; init; }
    /// <summary>Directory handles not in the dentry cache (0 on current kernels).</summary>
    [Column(3)] public required ulong DirectoryNotCached { get; init; }
    /// <summary>Non-directory handles not in the dentry cache (0 on current kernels).</summary>
    [Column(4)] public required ulong NonDirectoryNotCached { get; init; }
}
