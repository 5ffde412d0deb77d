using System;

namespace ProcGen;

/// <summary>
/// What an IPVS virtual service is keyed on in <c>net/ip_vs</c> (<c>ip_vs_info_seq_show</c> in
/// <c>net/netfilter/ipvs/ip_vs_ctl.c</c>): an address and port in network order, <c>0A000001:0050</c>
/// (<c>%08X:%04X</c> of <c>ntohl(addr)</c>, <c>ntohs(port)</c>) or <c>[%pI6]:%04X</c>, or for a firewall-mark
/// service (<c>FWM</c>) the mark, <c>%08X</c>.
/// </summary>
public readonly record struct IpvsServiceAddress(SocketEndpoint? Endpoint, uint? FirewallMark) : IProcValue<IpvsServiceAddress>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out IpvsServiceAddress value)
    {
        value = default;
        if (utf8.IndexOf((byte)':') >= 0)
        {
            if (!SocketEndpoint.TryParseHex(utf8, out var endpoint)) return false;
            value = new IpvsServiceAddress(endpoint, null);
            return true;
        }
        if (utf8.Length != 8 || !ProcNumber.TryParseHexDigits(utf8, out ulong mark)) return false;
        value = new IpvsServiceAddress(null, (uint)mark);
        return true;
    }

    /// <summary><c>10.0.0.1:80</c>, <c>[2001:db8::1]:80</c> or <c>fwmark 0x1</c>.</summary>
    public override string ToString() => Endpoint is { } endpoint ? endpoint.ToString() : $"fwmark 0x{FirewallMark:x}";
}
