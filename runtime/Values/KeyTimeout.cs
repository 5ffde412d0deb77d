using System;

namespace ProcGen;

/// <summary>Whether a key in <c>keys</c> expires.</summary>
public enum KeyTimeoutState
{
    /// <summary><c>perm</c>: the key never expires.</summary>
    Permanent,

    /// <summary><c>expd</c>: the key has expired (it is kept until garbage collection).</summary>
    Expired,

    /// <summary>A time left (<c>45s</c>, <c>5m</c>, <c>2h</c>, <c>3d</c>, <c>1w</c>).</summary>
    Expiring,
}

/// <summary>
/// The timeout column of <c>keys</c> (<c>proc_keys_show</c> in <c>security/keys/proc.c</c>): <c>perm</c>,
/// <c>expd</c>, or the time left as a whole number of the largest unit that fits, rounded down: seconds below a
/// minute (<c>45s</c>), then minutes (<c>5m</c>), hours (<c>2h</c>), days (<c>3d</c>) and weeks (<c>1w</c>).
/// </summary>
public readonly record struct KeyTimeout : IProcValue<KeyTimeout>
{
    private KeyTimeout(KeyTimeoutState state, ulong amount, char unit)
    {
        State = state;
        Amount = amount;
        Unit = unit;
    }

    /// <summary><c>perm</c>.</summary>
    public static KeyTimeout Permanent { get; } = new(KeyTimeoutState.Permanent, 0, '\0');

    /// <summary><c>expd</c>.</summary>
    public static KeyTimeout Expired { get; } = new(KeyTimeoutState.Expired, 0, '\0');

    /// <summary>A time left of <paramref name="amount"/> <paramref name="unit"/>s: <c>s</c>, <c>m</c>, <c>h</c>, <c>d</c> or <c>w</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not one of those letters.</exception>
    public static KeyTimeout Expiring(ulong amount, char unit)
        => SecondsPer(unit) != 0 ? new(KeyTimeoutState.Expiring, amount, unit) : throw new ArgumentOutOfRangeException(nameof(unit), unit, "one of s, m, h, d, w");

    /// <summary>Permanent, expired, or expiring after <see cref="Remaining"/>.</summary>
    public KeyTimeoutState State { get; }

    /// <summary>The number printed, in <see cref="Unit"/>s; 0 unless <see cref="KeyTimeoutState.Expiring"/>.</summary>
    public ulong Amount { get; }

    /// <summary>The unit letter printed (<c>s</c>, <c>m</c>, <c>h</c>, <c>d</c>, <c>w</c>); <c>'\0'</c> unless expiring.</summary>
    public char Unit { get; }

    /// <summary>
    /// The time left, rounded down to the unit printed (<c>5m</c> is at least 5 and less than 6 minutes);
    /// <c>null</c> for a permanent or expired key. <see cref="TimeSpan.MaxValue"/> if it does not fit.
    /// </summary>
    public TimeSpan? Remaining
    {
        get
        {
            if (State != KeyTimeoutState.Expiring) return null;
            ulong perUnit = SecondsPer(Unit);
            ulong maxSeconds = (ulong)TimeSpan.MaxValue.TotalSeconds;
            return Amount > maxSeconds / perUnit ? TimeSpan.MaxValue : TimeSpan.FromSeconds(Amount * perUnit);
        }
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out KeyTimeout value)
    {
        value = default;
        if (utf8.SequenceEqual("perm"u8))
        {
            value = Permanent;
            return true;
        }
        if (utf8.SequenceEqual("expd"u8))
        {
            value = Expired;
            return true;
        }
        if (utf8.Length < 2) return false;
        char unit = (char)utf8[^1];
        // Digits only: the kernel prints an unsigned count (%llu), never a sign.
        if (SecondsPer(unit) == 0 || (uint)(utf8[0] - (byte)'0') > 9 || !ProcNumber.TryParseDecimal(utf8[..^1], out ulong amount))
            return false;
        value = new KeyTimeout(KeyTimeoutState.Expiring, amount, unit);
        return true;
    }

    private static ulong SecondsPer(char unit) => unit switch
    {
        's' => 1,
        'm' => 60,
        'h' => 60 * 60,
        'd' => 60 * 60 * 24,
        'w' => 60 * 60 * 24 * 7,
        _ => 0,
    };

    /// <summary>The kernel's notation: <c>perm</c>, <c>expd</c>, <c>5m</c>.</summary>
    public override string ToString() => State switch
    {
        KeyTimeoutState.Permanent => "perm",
        KeyTimeoutState.Expired => "expd",
        _ => Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + Unit,
    };
}
