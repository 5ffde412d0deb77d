using System;
using System.Net;
using System.Text;

namespace ProcGen.Tests.Runtime;

/// <summary>
/// The value types of the network tables: <see cref="InetAddress"/>, <see cref="SocketEndpoint"/>,
/// <see cref="HexPair"/>. Addresses are the kernel's host-order hex words; the tests run on little-endian machines
/// (the capture machine is x86-64), as the fixtures do.
/// </summary>
public class NetValueTests
{
    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    [Theory]
    [InlineData("0100007F:0277", "127.0.0.1:631")]
    [InlineData("00000000:0000", "0.0.0.0:0")]
    [InlineData("0101A8C0:FFFF", "192.168.1.1:65535")]
    [InlineData("00000000000000000000000001000000:0277", "[::1]:631")]
    [InlineData("00000000000000000000000000000000:0016", "[::]:22")]
    [InlineData("0000000000000000FFFF00000100007F:97B4", "[::ffff:127.0.0.1]:38836")]
    [InlineData("000080FE000000000000000001000000:0016", "[fe80::1]:22")]
    [InlineData("B80D0120000000000000000001000000:01bb", "[2001:db8::1]:443")]
    public void Socket_endpoints_parse_from_host_order_words(string text, string expected)
    {
        Assert.True(SocketEndpoint.TryParse(U(text), out var endpoint));
        Assert.Equal(expected, endpoint.ToString());
        Assert.Equal(IPEndPoint.Parse(expected), endpoint.ToIPEndPoint());
    }

    [Theory]
    [InlineData("")]
    [InlineData(":0277")]
    [InlineData("0100007F")]
    [InlineData("0100007F:")]
    [InlineData("0100007F:277")]
    [InlineData("0100007F:00277")]
    [InlineData("0100007G:0277")]
    [InlineData("100007F:0277")]
    [InlineData("127.0.0.1:0277")]
    [InlineData("0100007F:02x7")]
    [InlineData("0000000000000000000000000100000:0277")]
    [InlineData("0100007F 0277")]
    public void Malformed_socket_endpoints_are_rejected(string text)
        => Assert.False(SocketEndpoint.TryParse(U(text), out _));

    [Fact]
    public void Endpoints_compare_by_value_and_build_from_IPAddress()
    {
        Assert.True(SocketEndpoint.TryParse(U("0100007F:0277"), out var parsed));
        Assert.Equal(new SocketEndpoint(IPAddress.Loopback, 631), parsed);
        Assert.NotEqual(new SocketEndpoint(IPAddress.IPv6Loopback, 631), parsed);
        Assert.False(parsed.Address.IsIPv6);
        Assert.False(parsed.Address.IsAny);
        Assert.Equal(System.Net.Sockets.AddressFamily.InterNetwork, parsed.Address.Family);
        Assert.True(SocketEndpoint.TryParse(U("00000000000000000000000000000000:0000"), out var any6));
        Assert.True(any6.Address.IsAny);
        Assert.True(any6.Address.IsIPv6);
        Assert.Equal(new byte[16], any6.Address.GetAddressBytes());
    }

    [Theory]
    [InlineData("0100007F", "127.0.0.1")]
    [InlineData("010200C0", "192.0.2.1")]
    [InlineData("00FFFFFF", "255.255.255.0")]
    [InlineData("192.0.2.1", "192.0.2.1")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("00000000000000000000000001000000", "::1")]
    [InlineData("10.0.0.1", "10.0.0.1")]            // dotted, yet 8 characters like a hex word
    [InlineData("ff02:0000:0000:0000:0000:0000:0000:0001", "ff02::1")] // %pI6 (ip6_mr_cache)
    [InlineData("2001:0DB8:0000:0000:0000:0000:0000:0010", "2001:db8::10")]
    public void Addresses_parse_hex_words_and_dotted_quads(string text, string expected)
    {
        Assert.True(InetAddress.TryParse(U(text), out var address));
        Assert.Equal(IPAddress.Parse(expected), address.ToIPAddress());
        Assert.Equal(expected, address.ToString());
    }

    [Theory]
    [InlineData("256.0.0.1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.")]
    [InlineData("1..3.4")]
    [InlineData("1.2.3.4444")]
    [InlineData("0100007")]
    [InlineData("")]
    [InlineData("1.2.3.4x")]
    [InlineData("ff02:0000:0000:0000:0000:0000:0000-0001")]
    [InlineData("ff02:0000:0000:0000:0000:0000:0000:000g")]
    [InlineData("ff02::0000:0000:0000:0000:0000:0000:0001")]
    public void Malformed_addresses_are_rejected(string text) => Assert.False(InetAddress.TryParse(U(text), out _));

    [Fact]
    public void Network_order_IPv6_is_the_bytes_as_printed()
    {
        Assert.True(InetAddress.TryParseNetworkOrder(U("fe8000000000000000fc00fffe000001"), out var address));
        Assert.Equal(IPAddress.Parse("fe80::fc:ff:fe00:1"), address.ToIPAddress());
        Assert.False(InetAddress.TryParseNetworkOrder(U("fe80000000000000000000000000001"), out _));
        Assert.False(InetAddress.TryParseNetworkOrder(U("fe80000000000000000000000000000g"), out _));
    }

    [Theory]
    [InlineData("00000000:00000064", 0UL, 0x64UL)]
    [InlineData("03:0000173E", 3UL, 0x173EUL)]
    [InlineData("02:1FFFFFFFF", 2UL, 0x1FFFFFFFFUL)]
    [InlineData("ffffffffffffffff:0", ulong.MaxValue, 0UL)]
    public void Hex_pairs(string text, ulong first, ulong second)
    {
        Assert.True(HexPair.TryParse(U(text), out var pair));
        Assert.Equal(new HexPair(first, second), pair);
    }

    [Theory]
    [InlineData("")]
    [InlineData(":1")]
    [InlineData("1:")]
    [InlineData("1")]
    [InlineData("0x1:2")]
    [InlineData("1:2:3")]
    [InlineData("10000000000000000:0")]
    [InlineData("-1:0")]
    public void Malformed_hex_pairs_are_rejected(string text) => Assert.False(HexPair.TryParse(U(text), out _));

    [Fact]
    public void Hex_pair_prints_like_the_kernel() => Assert.Equal("00000000:00000064", new HexPair(0, 100).ToString());

    [Theory]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]     // %pI6: full form
    [InlineData("fe80:0000:0000:0000:0000:0000:0000:0001", "fe80::1")]
    [InlineData("0000:0000:0000:0000:0000:0000:0000:0000", "::")]
    [InlineData("::", "::")]
    [InlineData("::1", "::1")]
    [InlineData("fe80::", "fe80::")]
    [InlineData("1:2::3:4", "1:2::3:4")]                                       // 8 characters, like a hex word
    [InlineData("2001:db8:1111:2222:3333:4444:5:6", "2001:db8:1111:2222:3333:4444:5:6")] // 32 characters
    [InlineData("::ffff:192.0.2.1", "::ffff:192.0.2.1")]                       // %pI6c of a mapped address
    [InlineData("FF02::5", "ff02::5")]
    public void Colon_form_ipv6_addresses_parse(string text, string expected)
    {
        Assert.True(InetAddress.TryParse(U(text), out var address));
        Assert.True(address.IsIPv6);
        Assert.Equal(IPAddress.Parse(expected), address.ToIPAddress());
    }

    [Theory]
    [InlineData(":")]
    [InlineData(":1")]
    [InlineData("1:")]
    [InlineData("1::2::3")]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7::8")]
    [InlineData("12345::1")]
    [InlineData("fe80::g")]
    [InlineData("::ffff:192.0.2")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
    public void Malformed_colon_addresses_are_rejected(string text) => Assert.False(InetAddress.TryParse(U(text), out _));

    [Fact]
    public void Network_order_ipv4_words_differ_from_host_order_words()
    {
        // A dotted address of 8 characters is not a hex word.
        Assert.True(InetAddress.TryParse(U("10.1.2.3"), out var dotted));
        Assert.Equal(IPAddress.Parse("10.1.2.3"), dotted.ToIPAddress());
        // ip_vs prints %08X of ntohl(addr): 0A000001 is 10.0.0.1 on any machine. net/tcp prints the address loaded
        // as a host-order word: on little-endian machines 10.0.0.1 is 0100000A there.
        Assert.True(InetAddress.TryParseNetworkOrder(U("0A000001"), out var networkOrder));
        Assert.Equal(IPAddress.Parse("10.0.0.1"), networkOrder.ToIPAddress());
        Assert.True(InetAddress.TryParse(U("0100000A"), out var hostOrder));
        Assert.Equal(networkOrder, hostOrder);
        Assert.True(InetAddress.TryParse(U("0A000001"), out var swapped));
        Assert.Equal(IPAddress.Parse("1.0.0.10"), swapped.ToIPAddress());
    }

    [Theory]
    [InlineData("0A000001:0050", "10.0.0.1:80")]
    [InlineData("C0000201:01BB", "192.0.2.1:443")]
    [InlineData("[2001:0db8:0000:0000:0000:0000:0000:0001]:0050", "[2001:db8::1]:80")]
    public void Network_order_endpoints_parse_with_hex(string text, string expected)
    {
        Assert.True(SocketEndpoint.TryParseHex(U(text), out var endpoint));
        Assert.Equal(expected, endpoint.ToString());
    }

    [Theory]
    [InlineData("0A00001:0050")]
    [InlineData("0A000001:050")]
    [InlineData("[0A000001]:0050")]
    [InlineData("[10.0.0.1]:0050")]
    [InlineData("2001:db8::1:0050")]
    [InlineData("1:2::3:4:0050")]
    public void Malformed_network_order_endpoints_are_rejected(string text)
    {
        Assert.False(SocketEndpoint.TryParseHex(U(text), out _));
        if (!text.StartsWith('[')) Assert.False(SocketEndpoint.TryParse(U(text), out _));
    }

    [Theory]
    [InlineData("4295", new ulong[] { 4295 })]
    [InlineData(" 4295, 4290, 4292", new ulong[] { 4295, 4290, 4292 })]
    [InlineData("", new ulong[0])]
    public void Number_lists(string text, ulong[] expected)
    {
        Assert.True(NumberList.TryParse(U(text), out var list));
        Assert.Equal(expected, list.Values);
    }

    [Theory]
    [InlineData("1,")]
    [InlineData(",1")]
    [InlineData("1 2")]
    [InlineData("1,,2")]
    public void Malformed_number_lists_are_rejected(string text) => Assert.False(NumberList.TryParse(U(text), out _));
}
