namespace ProcGen.Specs;

/// <summary>The <c>io</c> line of <c>net/rpc/nfsd</c>: bytes read from and written to disk for clients.</summary>
[ProcPart, Columnar]
public sealed partial record NfsServerIo
{
    /// <summary>Bytes read.</summary>
    [Column(0)] public required ulong ReadBytes { get; init; }
    /// <summary>Bytes written.</summary>
    [Column(1)] public required ulong WrittenBytes { get; init; }
}
