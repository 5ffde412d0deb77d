using System;

namespace ProcGen.Specs;

/// <summary>
/// What one class of accessor (possessor, owner, group, others) may do with a key: one byte of the key's
/// permission mask (keyrings(7); <c>KEY_POS_VIEW</c> … in <c>include/linux/key.h</c>).
/// </summary>
[Flags]
public enum KeyPermissions : byte
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>See the key's attributes (type, description, permissions).</summary>
    View = 0x01,

    /// <summary>Read the payload, or list a keyring.</summary>
    Read = 0x02,

    /// <summary>Update the payload, or add to and remove from a keyring.</summary>
    Write = 0x04,

    /// <summary>Find the key in a search, or search a keyring.</summary>
    Search = 0x08,

    /// <summary>Link the key into a keyring.</summary>
    Link = 0x10,

    /// <summary>Change the key's owner, permissions and timeout.</summary>
    SetAttribute = 0x20,
}
