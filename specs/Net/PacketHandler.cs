namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/ptype</c>: a registered packet-type handler (<c>ptype_seq_show</c> in
/// <c>net/core/net-procfs.c</c>): the Ethernet protocol (<c>%04x</c>, or <c>ALL</c>), the device it is bound to
/// (<c>%-8s</c>, blank for every device) and the receive function (<c>%ps</c>). Read with <c>fs.Ptype()</c>.
/// </summary>
/// <remarks>
/// The device column is blank for handlers bound to no device, and <c>%ps</c> appends <c> [module]</c> for a
/// function in a module (<c>packet_rcv [af_packet]</c>), so the text after the type is kept whole in
/// <see cref="Handler"/> and split by <see cref="Device"/> and <see cref="Function"/>: a second token in brackets is
/// a module, otherwise the first token is the device.
/// </remarks>
[ProcFile("net/ptype", Accessor = "Ptype"), ProcFile("{pid}/net/ptype", Accessor = "Ptype"), Rows(SkipLines = 1)]
public sealed partial record PacketHandler
{
    /// <summary>The Ethernet protocol as printed: four hex digits (<c>0800</c>) or <c>ALL</c> (<c>ETH_P_ALL</c>).</summary>
    [Column(0)] public required string Type { get; init; }

    /// <summary>The rest of the line: <c>[device] function [module]</c>.</summary>
    [Rest] public required string Handler { get; init; }

    /// <summary>Whether the handler sees every protocol (<c>ALL</c>).</summary>
    public bool IsAll => Type == "ALL";

    /// <summary>The protocol number, or <c>null</c> for <c>ALL</c>.</summary>
    public ushort? EtherType => ushort.TryParse(Type, System.Globalization.NumberStyles.AllowHexSpecifier, null, out var value) ? value : null;

    /// <summary>The device the handler is bound to, or <c>null</c> for every device.</summary>
    public string? Device => Tokens is [var first, var second, ..] && !second.StartsWith('[') ? first : null;

    /// <summary>The receive function, with <c> [module]</c> when it lives in a module.</summary>
    public string Function => Device is { } device ? Handler[device.Length..].TrimStart() : Handler;

    private string[] Tokens => Handler.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
}
