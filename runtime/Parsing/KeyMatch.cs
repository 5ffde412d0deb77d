using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ProcGen;

/// <summary>
/// Keys as numbers, so that a generated parser matches a key with a <c>switch</c> over 64-bit constants instead of
/// comparing bytes key by key: <see cref="Head"/> is the key's first (up to) eight bytes, <see cref="Tail"/> its
/// last eight; together with the length they identify any key of up to 16 bytes. Little-endian packing: the
/// generator computes the same constants at compile time.
/// </summary>
public static class KeyMatch
{
    /// <summary>The first <c>min(8, length)</c> bytes, byte <c>i</c> in bits <c>8i…8i+7</c>, zero above.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Head(ReadOnlySpan<byte> key)
    {
        if (key.Length >= 8) return BinaryPrimitives.ReadUInt64LittleEndian(key);
        if (key.Length >= 4)
        {
            // Two overlapping 4-byte reads: the shared bytes land on the same bits in both.
            ulong low = BinaryPrimitives.ReadUInt32LittleEndian(key);
            ulong high = BinaryPrimitives.ReadUInt32LittleEndian(key[^4..]);
            return low | (high << (8 * (key.Length - 4)));
        }
        ulong value = 0;
        for (int i = 0; i < key.Length; i++) value |= (ulong)key[i] << (8 * i);
        return value;
    }

    /// <summary>The last eight bytes of a key of at least eight bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Tail(ReadOnlySpan<byte> key) => BinaryPrimitives.ReadUInt64LittleEndian(key[^8..]);
}
