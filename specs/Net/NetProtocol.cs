namespace ProcGen.Specs;

/// <summary>
/// One protocol of <c>/proc/net/protocols</c>: the registered socket protocols and which operations they
/// implement (<c>proto_seq_show</c> in <c>net/core/sock.c</c>). Read with <c>fs.Protocols()</c>.
/// </summary>
/// <remarks>
/// The last 19 columns (<c>cl co di ac io in de sh ss gs se re bi br ha uh gp em</c>, one <c>y</c>/<c>n</c> per
/// operation) are kept as <see cref="Methods"/>; <c>memory</c> and <c>press</c> are <c>-1</c> and <c>NI</c> ("not
/// implemented") for protocols without memory accounting. Every value is one word, so columns are bound by position.
/// </remarks>
[ProcFile("net/protocols", Accessor = "Protocols"), ProcFile("{pid}/net/protocols", Accessor = "Protocols"), Rows(SkipLines = 1)]
public sealed partial record NetProtocol
{
    [Column(0)] public required string Name { get; init; }
    /// <summary>The size of the protocol's socket structure in bytes.</summary>
    [Column(1)] public required uint Size { get; init; }
    /// <summary>Sockets in use, or -1 when not counted.</summary>
    [Column(2)] public required int Sockets { get; init; }
    /// <summary>Memory allocated in pages, or -1 when not accounted.</summary>
    [Column(3)] public required long Memory { get; init; }
    /// <summary>Under memory pressure: <c>yes</c>, <c>no</c> or <c>NI</c>.</summary>
    [Column(4)] public required string Pressure { get; init; }
    [Column(5)] public required uint MaxHeader { get; init; }
    /// <summary>Whether the protocol has its own slab cache.</summary>
    [Column(6)] public required bool Slab { get; init; }
    [Column(7)] public required string Module { get; init; }
    /// <summary>One <c>y</c>/<c>n</c> per operation, in the header's order from <c>cl</c> (close) to <c>em</c>.</summary>
    [Rest] public required string[] Methods { get; init; }
}
