using System;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>keys and key-users.</summary>
public class KeyTests
{
    [Fact]
    public void Keys_from_fixture()
    {
        var keys = Fixtures.Fs().Keys();

        Assert.Equal(6, keys.Count);

        var userReg = keys[0];
        Assert.Equal(0x0c35ad7cU, userReg.Serial);
        Assert.Equal("I--Q---", userReg.Flags.ToString());
        Assert.True(userReg.IsInstantiated);
        Assert.True(userReg.IsInQuota);
        Assert.False(userReg.IsRevoked);
        Assert.False(userReg.IsInvalidated);
        Assert.Equal(1, userReg.Usage);
        Assert.Equal(KeyTimeout.Permanent, userReg.Timeout);
        Assert.Equal(0x0c030000U, userReg.Permissions);
        Assert.Equal(KeyPermissions.Search | KeyPermissions.Write, userReg.PossessorPermissions);
        Assert.Equal(KeyPermissions.View | KeyPermissions.Read, userReg.UserPermissions);
        Assert.Equal(KeyPermissions.None, userReg.GroupPermissions);
        Assert.Equal(0, userReg.Uid);
        Assert.Equal(65534, userReg.Gid);
        Assert.Equal("keyring", userReg.Type);
        Assert.Equal(".user_reg: 2", userReg.Description);

        var blacklist = keys[1];
        Assert.Equal("I------", blacklist.Flags.ToString());
        Assert.False(blacklist.IsInQuota);
        Assert.Equal(0, blacklist.Gid);
        Assert.Equal(".blacklist: empty", blacklist.Description);

        var uid = keys[2];
        Assert.Equal(2, uid.Usage);
        Assert.Equal(0x1f3f0000U, uid.Permissions);
        var all = KeyPermissions.View | KeyPermissions.Read | KeyPermissions.Write | KeyPermissions.Search | KeyPermissions.Link | KeyPermissions.SetAttribute;
        Assert.Equal(all, uid.UserPermissions);
        Assert.Equal(all & ~KeyPermissions.SetAttribute, uid.PossessorPermissions);
        Assert.Equal("_uid.0: empty", uid.Description);

        Assert.Equal(".dns_resolver: empty", keys[^1].Description);
        Assert.Equal(0x3f7fa1a2U, keys[^1].Serial);
    }

    [Fact]
    public void Keys_with_timeouts_states_and_other_types()
    {
        // proc_keys_show: "%08x %c%c%c%c%c%c%c %5d %4s %08x %5d %5d %-9.9s " then the type's description.
        const string text =
            "1a2b3c4d I--Q---     1   5m 3f010000  1000  1000 user      session-token: 32\n" +
            "00000001 IR-Q---     1 expd 3f010000  1000  1000 logon     svc:pw: 16\n" +
            "00000002 I--Q--i     1  45s 3f010000  1000  1000 user      gone: 8\n" +
            "00000003 I--QUN-     2   2w 3f010000  1000  1000 asymmetri \n" +
            "7fffffff -D-----     1   3d 3f010000    -1    -1 big_key   \n";

        var keys = KernelKey.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(5, keys.Count);
        Assert.Equal(0x1a2b3c4dU, keys[0].Serial);
        Assert.Equal(KeyTimeoutState.Expiring, keys[0].Timeout.State);
        Assert.Equal(TimeSpan.FromMinutes(5), keys[0].Timeout.Remaining);
        Assert.Equal("session-token: 32", keys[0].Description);

        Assert.True(keys[1].IsRevoked);
        Assert.Equal(KeyTimeout.Expired, keys[1].Timeout);
        Assert.Null(keys[1].Timeout.Remaining);
        Assert.Equal("svc:pw: 16", keys[1].Description);

        Assert.True(keys[2].IsInvalidated);
        Assert.False(keys[2].IsNegative);
        Assert.Equal(TimeSpan.FromSeconds(45), keys[2].Timeout.Remaining);

        Assert.True(keys[3].IsUnderConstruction);
        Assert.True(keys[3].IsNegative);
        Assert.Equal(TimeSpan.FromDays(14), keys[3].Timeout.Remaining);
        Assert.Equal("asymmetri", keys[3].Type);
        Assert.Null(keys[3].Description);

        Assert.True(keys[4].IsDead);
        Assert.False(keys[4].IsInstantiated);
        Assert.Equal(-1, keys[4].Uid);
        Assert.Equal(TimeSpan.FromDays(3), keys[4].Timeout.Remaining);
    }

    [Fact]
    public void Keys_errors_name_line_and_column()
    {
        const string good = "0c35ad7c I--Q---     1 perm 0c030000     0 65534 keyring   .user_reg: 2\n";
        const string badTimeout = "0c35ad7c I--Q---     1 5y 0c030000     0 65534 keyring   .user_reg: 2\n";
        ParseAssert.Fails(u => KernelKey.ParseTable(u), good + badTimeout, line: 2, column: ParseAssert.ColumnOf(badTimeout, "5y"), mentions: "Timeout");
        const string badFlags = "0c35ad7c I-?Q---     1 perm 0c030000     0 65534 keyring   .user_reg: 2\n";
        ParseAssert.Fails(u => KernelKey.ParseTable(u), badFlags, line: 1, column: ParseAssert.ColumnOf(badFlags, "I-?"), mentions: "Flags");
        const string truncated = "0c35ad7c I--Q---     1 perm 0c030000     0\n";
        ParseAssert.Fails(u => KernelKey.ParseTable(u), good + truncated, line: 2, column: truncated.Length, mentions: "Gid");
    }

    [Fact]
    public void Key_users_from_fixture()
    {
        var users = Fixtures.Fs().KeyUsers();

        var root = Assert.Single(users);
        Assert.Equal(0U, root.Uid);
        Assert.Equal(9, root.Usage);
        Assert.Equal(new SlashPair(8, 8), root.Keys);
        Assert.Equal(8UL, root.KeyCount);
        Assert.Equal(8UL, root.InstantiatedKeyCount);
        Assert.Equal(new SlashPair(3, 1000000), root.KeyQuota);
        Assert.Equal(1000000UL, root.MaxKeys);
        Assert.Equal(new SlashPair(40, 25000000), root.ByteQuota);
        Assert.Equal(25000000UL, root.MaxBytes);
    }

    [Fact]
    public void Key_users_inline_and_malformed()
    {
        // proc_key_users_show: "%5u: %5d %d/%d %d/%d %d/%d".
        const string text =
            "    0:    95 94/94 9/1000000 170/25000000\n" +
            " 1000:     4 3/3 3/200 88/20000\n" +
            "100000:     1 1/0 1/200 0/20000\n";
        var users = KeyUser.ParseTable(Fixtures.Bytes(text));

        Assert.Equal([0U, 1000U, 100000U], users.Select(u => u.Uid));
        Assert.Equal(200UL, users[1].MaxKeys);
        Assert.Equal(new SlashPair(1, 0), users[2].Keys);

        const string noColon = " 1000     4 3/3 3/200 88/20000\n";
        ParseAssert.Fails(u => KeyUser.ParseTable(u), noColon, line: 1, column: 2, mentions: "Uid");
        const string badPair = " 1000:     4 3-3 3/200 88/20000\n";
        ParseAssert.Fails(u => KeyUser.ParseTable(u), text + badPair, line: 4, column: ParseAssert.ColumnOf(badPair, "3-3"), mentions: "Keys");
    }
}
