using System;

namespace ProcGen.Specs;

/// <summary>The times of the <c>sysvipc</c> files: seconds since the epoch printed unsigned (<c>%10llu</c>), 0 for "never".</summary>
internal static class SysVIpcTime
{
    private static readonly ulong s_max = (ulong)DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary><c>null</c> for 0 (never) and for values no <see cref="DateTimeOffset"/> can hold.</summary>
    public static DateTimeOffset? FromSeconds(ulong seconds)
        => seconds == 0 || seconds > s_max ? null : DateTimeOffset.FromUnixTimeSeconds((long)seconds);
}
