using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ProcGen.Specs;

/// <summary>
/// A capability bitmap of <c>/proc/bus/input/devices</c> (a <c>B:</c> line), as <c>input_seq_print_bitmap</c> in
/// <c>drivers/input/input.c</c> prints it: the bitmap's <c>unsigned long</c> words in hexadecimal, most significant
/// first, blank-separated, leading zero words left out (<c>B: KEY=1f0000 0 0 0 0</c>: bits 272–276, the mouse
/// buttons), or a single <c>0</c> when no bit is set. Bit numbers are the <c>EV_*</c>, <c>KEY_*</c>, <c>REL_*</c>
/// … codes of <c>include/uapi/linux/input-event-codes.h</c>.
/// </summary>
/// <remarks>
/// Words are read as 64-bit: the kernel prints its own <c>long</c>, and a 64-bit process reading a 64-bit kernel
/// is the case this library runs in (a 32-bit compat reader gets each word split in two 32-bit halves).
/// </remarks>
public sealed class InputBitmap : IProcValue<InputBitmap>, IEquatable<InputBitmap>
{
    private readonly ulong[] _words;   // least significant first: _words[0] holds bits 0–63

    private InputBitmap(ulong[] words) => _words = words;

    /// <summary>Whether bit <paramref name="bit"/> (an event code) is set.</summary>
    public bool IsSet(int bit)
        => bit >= 0 && bit / 64 < _words.Length && (_words[bit / 64] & (1UL << (bit % 64))) != 0;

    /// <summary>The set bits, in increasing order: the codes the device supports.</summary>
    public IReadOnlyList<int> SetBits
    {
        get
        {
            var bits = new List<int>();
            for (int word = 0; word < _words.Length; word++)
                for (ulong rest = _words[word]; rest != 0; rest &= rest - 1)
                    bits.Add(word * 64 + System.Numerics.BitOperations.TrailingZeroCount(rest));
            return bits;
        }
    }

    /// <summary>Whether no bit is set (the kernel printed <c>0</c>).</summary>
    public bool IsEmpty => Array.TrueForAll(_words, w => w == 0);

    public static bool TryParse(ReadOnlySpan<byte> utf8, out InputBitmap value)
    {
        value = null!;
        int words = 0, position = 0;
        for (var field = ProcText.NextField(utf8, ref position); !field.IsEmpty; field = ProcText.NextField(utf8, ref position)) words++;
        if (words == 0) return false;
        var parsed = new ulong[words];
        position = 0;
        for (int i = words - 1; i >= 0; i--)
        {
            var field = ProcText.NextField(utf8, ref position);
            if (field.Length > 16 || !ProcNumber.TryParseHexDigits(field, out parsed[i])) return false;
        }
        value = new InputBitmap(parsed);
        return true;
    }

    public bool Equals(InputBitmap? other)
    {
        if (other is null) return false;
        int length = Math.Max(_words.Length, other._words.Length);
        for (int i = 0; i < length; i++)
            if ((i < _words.Length ? _words[i] : 0) != (i < other._words.Length ? other._words[i] : 0)) return false;
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as InputBitmap);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        int last = _words.Length - 1;
        while (last >= 0 && _words[last] == 0) last--;
        for (int i = 0; i <= last; i++) hash.Add(_words[i]);
        return hash.ToHashCode();
    }

    /// <summary>As the kernel prints it: <c>1f0000 0 0 0 0</c>, or <c>0</c>.</summary>
    public override string ToString()
    {
        int top = _words.Length - 1;
        while (top > 0 && _words[top] == 0) top--;
        var text = new StringBuilder();
        for (int i = top; i >= 0; i--)
        {
            text.Append(_words[i].ToString("x", CultureInfo.InvariantCulture));
            if (i > 0) text.Append(' ');
        }
        return text.ToString();
    }
}

/// <summary>The event types of an input device (<c>EV_*</c>, the bits of its <c>B: EV=</c> bitmap).</summary>
[Flags]
public enum InputEventTypes : uint
{
    None = 0,
    /// <summary><c>EV_SYN</c> (0): synchronization markers.</summary>
    Synchronization = 1u << 0x00,
    /// <summary><c>EV_KEY</c> (1): keys and buttons.</summary>
    Key = 1u << 0x01,
    /// <summary><c>EV_REL</c> (2): relative axes (mouse motion, wheels).</summary>
    Relative = 1u << 0x02,
    /// <summary><c>EV_ABS</c> (3): absolute axes (touchpads, joysticks).</summary>
    Absolute = 1u << 0x03,
    /// <summary><c>EV_MSC</c> (4): miscellaneous (scan codes).</summary>
    Miscellaneous = 1u << 0x04,
    /// <summary><c>EV_SW</c> (5): switches (lid, headphone jack).</summary>
    Switch = 1u << 0x05,
    /// <summary><c>EV_LED</c> (0x11): LEDs.</summary>
    Led = 1u << 0x11,
    /// <summary><c>EV_SND</c> (0x12): sounds (beeps).</summary>
    Sound = 1u << 0x12,
    /// <summary><c>EV_REP</c> (0x14): autorepeat.</summary>
    Repeat = 1u << 0x14,
    /// <summary><c>EV_FF</c> (0x15): force feedback.</summary>
    ForceFeedback = 1u << 0x15,
    /// <summary><c>EV_PWR</c> (0x16): power button events.</summary>
    Power = 1u << 0x16,
    /// <summary><c>EV_FF_STATUS</c> (0x17): force-feedback status.</summary>
    ForceFeedbackStatus = 1u << 0x17,
}
