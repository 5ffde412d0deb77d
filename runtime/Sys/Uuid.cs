using System;

namespace ProcGen;

/// <summary>
/// A UUID printed as 36 characters, <c>8-4-4-4-12</c> lowercase hexadecimal digits (<c>kernel/random/boot_id</c>
/// and <c>kernel/random/uuid</c>: <c>proc_do_uuid</c> in <c>drivers/char/random.c</c> prints <c>%pU</c>).
/// </summary>
public readonly record struct Uuid(Guid Value) : IProcValue<Uuid>
{
    /// <summary>Parses exactly the <c>8-4-4-4-12</c> form; braces, other lengths or missing dashes fail.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Uuid value)
    {
        value = default;
        if (utf8.Length != 36 || utf8[8] != (byte)'-' || utf8[13] != (byte)'-' || utf8[18] != (byte)'-' || utf8[23] != (byte)'-')
            return false;
        Span<char> chars = stackalloc char[36];
        for (int i = 0; i < 36; i++) chars[i] = (char)utf8[i];
        if (!Guid.TryParseExact(chars, "D", out var guid)) return false;
        value = new Uuid(guid);
        return true;
    }

    /// <summary>The kernel's notation (lowercase, with dashes).</summary>
    public override string ToString() => Value.ToString("D");
}
