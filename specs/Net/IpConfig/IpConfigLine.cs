namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/pnp</c>: what the kernel's IP autoconfiguration (<c>ip=</c> on the command line, for an
/// NFS root) learned, written in <c>resolv.conf</c> syntax (<c>pnp_seq_show</c> in <c>net/ipv4/ipconfig.c</c>). Read
/// with <c>fs.IpConfig()</c>.
/// </summary>
/// <remarks>
/// The first line is <c>#PROTO: DHCP</c> (<c>BOOTP</c>, <c>RARP</c>) or <c>#MANUAL</c> when no protocol was used; then
/// <c>domain NAME</c>, up to three <c>nameserver A.B.C.D</c> and <c>bootserver A.B.C.D</c>, each only when known. The
/// file belongs to the initial network namespace.
/// </remarks>
[ProcFile("net/pnp", Accessor = "IpConfig"), ProcFile("{pid}/net/pnp", Accessor = "IpConfig"), Rows]
public sealed partial record IpConfigLine
{
    /// <summary>The first word: <c>#PROTO:</c>, <c>#MANUAL</c>, <c>domain</c>, <c>nameserver</c> or <c>bootserver</c>.</summary>
    [Column(0)] public required string Keyword { get; init; }

    /// <summary>The rest of the line: the protocol, the domain or the dotted address; <c>null</c> for <c>#MANUAL</c>.</summary>
    [Rest] public string? Argument { get; init; }

    /// <summary>The protocol that configured the address (<c>DHCP</c>, <c>BOOTP</c>, <c>RARP</c>), on the <c>#PROTO:</c> line.</summary>
    public string? Protocol => Keyword == "#PROTO:" ? Argument : null;

    /// <summary>The address of a <c>nameserver</c> or <c>bootserver</c> line.</summary>
    public InetAddress? Address =>
        Keyword is "nameserver" or "bootserver" && Argument is { } text
        && InetAddress.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var address) ? address : null;
}
