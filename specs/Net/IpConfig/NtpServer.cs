namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/ipconfig/ntp_servers</c>: an NTP server the kernel's IP autoconfiguration learned from
/// DHCP option 42 (<c>ntp_servers_show</c> in <c>net/ipv4/ipconfig.c</c>: <c>%pI4</c>, one a line). Read with
/// <c>fs.NtpServers()</c>.
/// </summary>
/// <remarks>Empty unless the kernel configured itself by DHCP (<c>ip=dhcp</c>) and the server sent the option.</remarks>
[ProcFile("net/ipconfig/ntp_servers", Accessor = "NtpServers"), ProcFile("{pid}/net/ipconfig/ntp_servers", Accessor = "NtpServers"), Rows]
public sealed partial record NtpServer
{
    /// <summary>The server's address (dotted IPv4).</summary>
    [Column(0)] public required InetAddress Address { get; init; }
}
