namespace ProcGen.Specs;

/// <summary>
/// One wireless interface of <c>/proc/net/wireless</c>: the Wireless Extensions statistics (<c>struct
/// iw_statistics</c>; <c>wireless_seq_printf_stats</c> in <c>net/wireless/wext-proc.c</c>:
/// <c>%6s: %04x  %3d%c  %3d%c  %3d%c  %6d %6d %6d %6d %6d   %6d</c>). Read with <c>fs.Wireless()</c>.
/// </summary>
/// <remarks>
/// Two header lines (<c>Inter-| sta-|   Quality …</c> and <c> face | tus | link level noise … | WE</c>, which ends with
/// the Wireless Extensions version) precede one line per wireless interface. The file exists only with
/// <c>CONFIG_WEXT_PROC</c>. Reading it clears the "updated" marks (<see cref="WirelessLevel.Updated"/>).
/// </remarks>
[ProcFile("net/wireless", Accessor = "Wireless"), ProcFile("{pid}/net/wireless", Accessor = "Wireless"), Rows(SkipLines = 2)]
public sealed partial record WirelessStatistics
{
    /// <summary>The interface name (right-aligned to six characters, then <c>:</c>).</summary>
    [Column(0), Suffix(":")] public required string Interface { get; init; }
    /// <summary>The driver's status word (<c>%04x</c>), device-specific.</summary>
    [Column(1), Hex] public required ushort Status { get; init; }
    /// <summary>The link quality.</summary>
    [Column(2)] public required WirelessLevel LinkQuality { get; init; }
    /// <summary>The signal level (dBm when negative).</summary>
    [Column(3)] public required WirelessLevel SignalLevel { get; init; }
    /// <summary>The noise level (dBm when negative).</summary>
    [Column(4)] public required WirelessLevel NoiseLevel { get; init; }
    /// <summary>Packets discarded for a wrong network id or ESSID (<c>nwid</c>).</summary>
    [Column(5)] public required int DiscardedNetworkId { get; init; }
    /// <summary>Packets that could not be decrypted (<c>crypt</c>).</summary>
    [Column(6)] public required int DiscardedCrypt { get; init; }
    /// <summary>Packets whose MAC-level reassembly failed (<c>frag</c>).</summary>
    [Column(7)] public required int DiscardedFragment { get; init; }
    /// <summary>Packets dropped after too many MAC retries (<c>retry</c>).</summary>
    [Column(8)] public required int DiscardedRetry { get; init; }
    /// <summary>Packets dropped for other reasons (<c>misc</c>).</summary>
    [Column(9)] public required int DiscardedMisc { get; init; }
    /// <summary>Beacons missed from the access point.</summary>
    [Column(10)] public required int MissedBeacons { get; init; }
}
