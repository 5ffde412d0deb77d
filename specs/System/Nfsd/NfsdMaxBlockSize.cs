namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/fs/nfsd/max_block_size</c>: the largest READ or WRITE payload the server accepts, in bytes
/// (<c>write_maxblksize</c> in <c>fs/nfsd/nfsctl.c</c>). Present only where nfsd is mounted.
/// </summary>
[ProcFile("fs/nfsd/max_block_size", Accessor = "NfsdMaxBlockSize"), SingleValue]
public sealed partial record NfsdMaxBlockSize
{
    /// <summary>Bytes.</summary>
    public required int Bytes { get; init; }
}
