namespace ProcGen.Specs;

/// <summary>
/// One real server line under an IPVS service: <c>  -&gt; %08X:%04X      %-7s %-6d %-10d %-10d</c> (address and
/// port in network order, or <c>[%pI6]:%04X</c>; forwarding method, weight, active and inactive connections).
/// </summary>
[ProcPart, Rows]
public sealed partial record IpvsDestination
{
    /// <summary>The real server's address and port.</summary>
    [Column(1), Hex] public required SocketEndpoint Address { get; init; }

    /// <summary>How packets reach it.</summary>
    [Column(2)] public required IpvsForwarding Forwarding { get; init; }

    /// <summary>The weight (0: quiesced, no new connections).</summary>
    [Column(3)] public required int Weight { get; init; }

    /// <summary>Established connections.</summary>
    [Column(4)] public required int ActiveConnections { get; init; }

    /// <summary>Other connections (closing, or not yet established).</summary>
    [Column(5)] public required int InactiveConnections { get; init; }
}
