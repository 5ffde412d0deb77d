namespace ProcGen.Specs;

/// <summary>
/// One IPv6 flow label lease of <c>/proc/net/ip6_flowlabel</c> (<c>ip6fl_seq_show</c> in
/// <c>net/ipv6/ip6_flowlabel.c</c>: <c>%05X %-1d %-6d %-6d %-6ld %-8ld %pi6 %-4d</c>). Read with
/// <c>fs.Ip6FlowLabel()</c>.
/// </summary>
/// <remarks>
/// The header names the columns; only the header is printed while no socket holds a label (the common case).
/// <see cref="Owner"/> is a pid for a process-shared label, a uid for a user-shared one, else 0.
/// </remarks>
[ProcFile("net/ip6_flowlabel", Accessor = "Ip6FlowLabel"), ProcFile("{pid}/net/ip6_flowlabel", Accessor = "Ip6FlowLabel"), HeaderTable]
public sealed partial record Ipv6FlowLabel
{
    /// <summary>The 20-bit flow label (<c>%05X</c>).</summary>
    [Column("Label"), Hex] public required uint Label { get; init; }
    /// <summary>Who may share the label: 0 none, 1 exclusive, 2 process, 3 user, 255 anyone (<c>IPV6_FL_S_*</c>).</summary>
    [Column("S")] public required int Share { get; init; }
    /// <summary>The owning pid (process sharing) or uid (user sharing); 0 otherwise.</summary>
    [Column("Owner")] public required int Owner { get; init; }
    /// <summary>Sockets using the label.</summary>
    [Column("Users")] public required int Users { get; init; }
    /// <summary>How long the label lingers after its last user, in seconds.</summary>
    [Column("Linger")] public required long LingerSeconds { get; init; }
    /// <summary>Seconds until the label expires (negative once past).</summary>
    [Column("Expires")] public required long ExpiresSeconds { get; init; }
    /// <summary>The destination the label is bound to (<c>%pi6</c>: 32 hex digits, network order).</summary>
    [Column("Dst"), Hex] public required InetAddress Destination { get; init; }
    /// <summary>Length of the label's attached IPv6 options (<c>opt_nflen</c>), 0 without.</summary>
    [Column("Opt")] public required int OptionsLength { get; init; }
}
