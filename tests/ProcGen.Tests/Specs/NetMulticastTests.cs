using System;
using System.IO;
using System.Linq;
using System.Net;
using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Specs;

/// <summary>
/// The per-interface IPv6 counters, the multicast and anycast tables and the netfilter lists, from the capture and
/// from hand-made lines in the kernel's formats (<c>snmp6_dev_seq_show</c>, <c>ac6_seq_show</c>,
/// <c>igmp_mc_seq_show</c>, <c>igmp_mcf_seq_show</c>, <c>igmp6_mcf_seq_show</c>, <c>nf_log.c</c> <c>seq_show</c>,
/// <c>xt_table_seq_show</c>, <c>xt_match_seq_show</c>).
/// </summary>
public class NetMulticastTests
{
    [Fact]
    public void DevSnmp6_from_fixture_for_every_interface()
    {
        var fs = Fixtures.Fs();
        Assert.Equal(1, fs.DevSnmp6("lo").InterfaceIndex);
        Assert.Equal(9UL, fs.DevSnmp6("lo").InReceives);
        var eth0 = fs.DevSnmp6("eth0");
        Assert.Equal(4, eth0.InterfaceIndex);
        Assert.Equal(0UL, eth0.InReceives);
        Assert.True(eth0.Counters.ContainsKey("Icmp6InErrors"));
        Assert.False(eth0.Counters.ContainsKey("ifIndex"));
        Assert.DoesNotContain(eth0.Counters.Keys, k => k.StartsWith("Udp6", StringComparison.Ordinal));
        foreach (var device in new[] { "ifb0", "ifb1" })
            Assert.True(fs.DevSnmp6(device).InterfaceIndex > 1);
        Assert.Equal(ProcReadStatus.NotFound, fs.TryReadDevSnmp6("nosuchif0").Status);
    }

    [Fact]
    public void DevSnmp6_hand_made()
    {
        var snmp = DeviceSnmp6.Parse(Fixtures.Bytes(
            "ifIndex                         \t7\n" +
            "Ip6InReceives                   \t4294967295\n" +
            "Ip6OutRequests                  \t12\n" +
            "Icmp6OutType135                 \t3\n"));
        Assert.Equal(7, snmp.InterfaceIndex);
        Assert.Equal(4294967295UL, snmp.InReceives);
        Assert.Equal(12UL, snmp.OutRequests);
        Assert.Null(snmp.InDelivers);
        Assert.Equal(3UL, snmp.Counters["Icmp6OutType135"]);
        Assert.ThrowsAny<ProcParseException>(() => DeviceSnmp6.Parse(Fixtures.Bytes("Ip6InReceives \t1\n")));
    }

    [Fact]
    public void Anycast6_empty_fixture_and_hand_made_rows()
    {
        Assert.Empty(Fixtures.Fs().Anycast6());
        var rows = Ipv6AnycastAddress.ParseTable(Fixtures.Bytes(
            "2    eth0            20010db8000000000000000000000000     1\n" +
            "12   a-very-long-ifname fe800000000000000000000000000000    12\n"));
        Assert.Equal(2, rows[0].InterfaceIndex);
        Assert.Equal("eth0", rows[0].Interface);
        Assert.Equal(IPAddress.Parse("2001:db8::"), rows[0].Address.ToIPAddress());
        Assert.Equal(1, rows[0].Users);
        Assert.Equal("a-very-long-ifname", rows[1].Interface);
        Assert.Equal(12, rows[1].Users);
    }

    [Fact]
    public void McFilter_header_only_fixture_and_hand_made_rows()
    {
        Assert.Empty(Fixtures.Fs().McFilter());
        var rows = MulticastSourceFilter.ParseTable(Fixtures.Bytes(
            "Idx Device        MCA        SRC    INC    EXC\n" +
            "  4   eth0 0xe8010101 0xc0000201      1      0\n" +
            " 17 longna 0xef000001 0x0a000001      0      2\n"));
        Assert.Equal(4, rows[0].InterfaceIndex);
        Assert.Equal("eth0", rows[0].Interface);
        Assert.Equal(0xe8010101u, rows[0].Group);
        Assert.Equal(IPAddress.Parse("232.1.1.1"), rows[0].GroupAddress);
        Assert.Equal(IPAddress.Parse("192.0.2.1"), rows[0].SourceAddress);
        Assert.Equal((1UL, 0UL), (rows[0].IncludeCount, rows[0].ExcludeCount));
        Assert.Equal("longna", rows[1].Interface);
        Assert.Equal(2UL, rows[1].ExcludeCount);
    }

    [Fact]
    public void McFilter6_header_only_fixture_and_hand_made_rows()
    {
        Assert.Empty(Fixtures.Fs().McFilter6());
        var rows = Ipv6MulticastSourceFilter.ParseTable(Fixtures.Bytes(
            "Idx Device                Multicast Address                   Source Address    INC    EXC\n" +
            "  4   eth0 ff3e0000000000000000000000001234 20010db8000000000000000000000001      1      0\n"));
        var row = Assert.Single(rows);
        Assert.Equal(4, row.InterfaceIndex);
        Assert.Equal(IPAddress.Parse("ff3e::1234"), row.Group.ToIPAddress());
        Assert.Equal(IPAddress.Parse("2001:db8::1"), row.Source.ToIPAddress());
        Assert.Equal(1UL, row.IncludeCount);
    }

    [Fact]
    public void Igmp_from_fixture()
    {
        var lines = Fixtures.Fs().Igmp();
        Assert.Equal(4, lines.Count);
        Assert.Equal(0, lines[0].Indentation);
        Assert.False(lines[0].IsGroup);
        Assert.Equal(4, lines[1].Indentation);
        Assert.True(lines[1].IsGroup);

        var interfaces = IgmpInterface.Group(lines);
        Assert.Equal(new[] { "lo", "eth0" }, interfaces.Select(i => i.Name));
        Assert.Equal(new[] { 1, 4 }, interfaces.Select(i => i.Index));
        foreach (var iface in interfaces)
        {
            Assert.Equal(3, iface.QuerierVersion);
            var group = Assert.Single(iface.Groups);
            Assert.Equal(IPAddress.Parse("224.0.0.1"), group.Address.ToIPAddress());
            Assert.Equal(1, group.Users);
            Assert.False(group.TimerRunning);
            Assert.False(group.Reporter);
        }
    }

    [Fact]
    public void Igmp_two_interfaces_hand_made()
    {
        var lines = IgmpMembership.ParseTable(Fixtures.Bytes(
            "Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n" +
            "2\teth0      :     3      V2\n" +
            "\t\t\t\tFB0000E0     1 1:0000012C\t\t1\n" +
            "\t\t\t\t010000E0     1 0:00000000\t\t0\n" +
            "\t\t\t\t0A0101EF     2 0:00000000\t\t1\n" +
            "3\tverylongname0:     0      V1\n" +
            "5\twg0       :     1      V3\n" +
            "\t\t\t\t010000E0     1 0:00000000\t\t0\n"));
        var interfaces = IgmpInterface.Group(lines);
        Assert.Equal(new[] { "eth0", "verylongname0", "wg0" }, interfaces.Select(i => i.Name));
        var eth0 = interfaces[0];
        Assert.Equal((2, 3, 2), (eth0.Index, eth0.GroupCount, eth0.QuerierVersion));
        Assert.Equal(3, eth0.Groups.Count);
        Assert.Equal(IPAddress.Parse("224.0.0.251"), eth0.Groups[0].Address.ToIPAddress());
        Assert.True(eth0.Groups[0].TimerRunning);
        Assert.Equal(300UL, eth0.Groups[0].TimerJiffies);
        Assert.True(eth0.Groups[0].Reporter);
        Assert.Equal(IPAddress.Parse("239.1.1.10"), eth0.Groups[2].Address.ToIPAddress());
        Assert.Equal(2, eth0.Groups[2].Users);
        Assert.Empty(interfaces[1].Groups);
        Assert.Equal(1, interfaces[1].QuerierVersion);
        Assert.Single(interfaces[2].Groups);
    }

    [Theory]
    [InlineData("2\teth0      :     1      V4\n")]            // no such querier version
    [InlineData("2\teth0      :     1\n")]                   // querier missing
    [InlineData("\t\t\t\t010000E0     1 2:00000000\t\t0\n")]  // timer running is 0 or 1
    [InlineData("\t\t\t\t010000E     1 0:00000000\t\t0\n")]   // seven hex digits
    [InlineData("\t\t\t\t010000E0     1 0 :00000000\t\t0\n")] // the timer is one field
    [InlineData("\t\t\t\t010000E0     1 0:00000000\n")]       // reporter missing
    public void Igmp_malformed_lines_are_located_errors(string line)
    {
        var e = Assert.Throws<ProcParseException>(() => IgmpMembership.ParseTable(Fixtures.Bytes("Idx\tDevice\n" + line)));
        Assert.Equal(2, e.Line);
    }

    [Theory]
    [InlineData("Idx\n\t\t\t\t010000E0     1 0:00000000\t\t0\n", "an interface line")]  // a group before any interface
    [InlineData("Idx\n\t2\teth0      :     1      V3\n", "a group line after the indentation")] // an indented interface line
    [InlineData("Idx\n1\tlo        :     1      V3\n010000E0     1 0:00000000\t\t0\n", "without indentation")] // an unindented group
    public void Igmp_lines_out_of_place_fail_at_their_line(string text, string expected)
    {
        // Checked while parsing, so IgmpInterface.Group never meets lines it cannot group.
        var e = Assert.Throws<ProcParseException>(() => IgmpMembership.ParseTable(Fixtures.Bytes(text)));
        Assert.Equal(text.Split('\n').Length - 1, e.Line);
        Assert.Contains(expected, e.Expected);
    }

    [Fact]
    public void Igmp_order_is_checked_when_streamed_and_enumerated_in_memory()
    {
        const string Text = "Idx\tDevice\n1\tlo        :     1      V3\n\t\t\t\t010000E0     1 0:00000000\t\t0\n\t3\teth0      :     1      V3\n";
        using var root = new TempProcRoot().File("net/igmp", Text);
        var streamed = Assert.Throws<ProcParseException>(() => root.Fs.EnumerateIgmp().ToList());
        Assert.Equal(4, streamed.Line);
        Assert.Contains("a group line after the indentation", streamed.Expected);
        Assert.EndsWith("net/igmp", streamed.FilePath);

        int seen = 0;
        var inMemory = Assert.Throws<ProcParseException>(() =>
        {
            foreach (var _ in IgmpMembership.EnumerateRows(Fixtures.Bytes(Text))) seen++;
        });
        Assert.Equal((4, 2), (inMemory.Line, seen));   // the rows before the bad one were seen whole
    }

    [Fact]
    public void NfLog_from_fixture()
    {
        var log = Fixtures.Fs().NfLog();
        Assert.Equal(Enumerable.Range(0, 11), log.Select(l => l.Family));
        Assert.Null(log[0].Logger);
        Assert.Equal(new[] { "nfnetlink_log" }, log[0].RegisteredLoggers);
        Assert.Equal("nf_log_ipv4", log[2].Logger);
        Assert.Equal(new[] { "nf_log_ipv4", "nfnetlink_log" }, log[2].RegisteredLoggers);
        Assert.Equal("nf_log_ipv6", log[10].Logger);
    }

    [Fact]
    public void NfLog_hand_made_without_loggers()
    {
        var log = NetfilterLogger.ParseTable(Fixtures.Bytes(" 0 NONE ()\n 2 NONE ()\n12 nf_log_syslog (nf_log_syslog)\n"));
        Assert.Null(log[0].Logger);
        Assert.Equal("", log[0].Registered);
        Assert.Empty(log[0].RegisteredLoggers);
        Assert.Equal(12, log[2].Family);
        Assert.Equal("nf_log_syslog", log[2].Logger);
    }

    [Fact]
    public void Xtables_lists_from_fixture()
    {
        var fs = Fixtures.Fs();
        Assert.Empty(fs.IpTablesNames());
        Assert.Empty(fs.Ip6TablesNames());
        Assert.Empty(fs.ArpTablesNames());
        var matches = fs.IpTablesMatches().Select(m => m.Name).ToList();
        Assert.Equal("u32", matches[0]);
        Assert.Equal("tcp", matches[^1]);
        Assert.Equal(3, matches.Count(m => m == "cgroup"));
        Assert.Contains("icmp6", fs.Ip6TablesMatches().Select(m => m.Name));
        Assert.Contains("MASQUERADE", fs.IpTablesTargets().Select(m => m.Name));
        Assert.Contains("DNPT", fs.Ip6TablesTargets().Select(m => m.Name));
        Assert.Contains("mangle", fs.ArpTablesTargets().Select(m => m.Name));
        Assert.Equal("mark", fs.ArpTablesMatches()[^1].Name);
    }

    [Fact]
    public void Xtables_table_names_hand_made()
    {
        var names = NetfilterName.ParseTable(Fixtures.Bytes("mangle\nnat\nfilter\nraw\nsecurity\n"));
        Assert.Equal(new[] { "mangle", "nat", "filter", "raw", "security" }, names.Select(n => n.Name));
    }

    [Fact]
    public void Xtables_root_only_files_are_a_clean_permission_denied()
    {
        // The x_tables lists are 0440 root:root. Root reads any mode, so the refusal is staged with a link to a
        // write-only sysctl, which the kernel refuses to root as well (proc_sys_permission checks the mode for all).
        const string writeOnly = "/proc/sys/vm/compact_memory";
        Assert.True(File.Exists(writeOnly), "this kernel has no " + writeOnly);
        using var root = new TempProcRoot().Link("net/ip_tables_names", writeOnly);

        Assert.Equal(ProcReadStatus.PermissionDenied, root.Fs.TryReadIpTablesNames().Status);
        Assert.Throws<ProcPermissionDeniedException>(() => root.Fs.IpTablesNames());
    }
}
