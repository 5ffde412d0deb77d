using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>/proc/fs/nfsd/exports</c>, hand-made from <c>e_show</c>/<c>svc_export_show</c>/<c>exp_flags</c> in
/// <c>fs/nfsd/export.c</c> (the capture machine runs no NFS server).
/// </summary>
public class NfsExportTests
{
    private const string Header = "# Version 1.1\n# Path Client(Flags) # IPs\n";

    private const string TwoExports = Header +
        "/srv/nfs\t192.168.1.0/24(rw,root_squash,sync,wdelay,no_subtree_check,uuid=1c2b3a4d:5e6f7081:92a3b4c5:d6e7f809,sec=1)\n" +
        "/srv/my\\040share\t*(ro,root_squash,async,wdelay,no_subtree_check,fsid=7,anonuid=65534,anongid=65534,sec=1:6)\n";

    [Fact]
    public void Exports_with_flags_and_settings()
    {
        var exports = NfsExport.ParseTable(Fixtures.Bytes(TwoExports));

        Assert.Equal(["/srv/nfs", "/srv/my share"], exports.Select(e => e.Path));
        var lan = exports[0].Client;
        Assert.Equal("192.168.1.0/24", lan.Name);
        Assert.False(lan.IsReadOnly);
        Assert.True(lan.Has("no_subtree_check"));
        Assert.Equal("1c2b3a4d:5e6f7081:92a3b4c5:d6e7f809", lan.Setting("uuid"));
        Assert.Null(lan.Setting("fsid"));

        var everyone = exports[1].Client;
        Assert.Equal("*", everyone.Name);
        Assert.True(everyone.IsReadOnly);
        Assert.Equal(("7", "65534", "1:6"), (everyone.Setting("fsid"), everyone.Setting("anonuid"), everyone.Setting("sec")));
        Assert.Equal(9, everyone.Options.Count);
    }

    [Fact]
    public void No_exports_is_only_the_header()
        => Assert.Empty(NfsExport.ParseTable(Fixtures.Bytes(Header)));

    [Fact]
    public void An_entry_without_options_and_read_through_a_root()
    {
        // The kernel prints "()" for an entry it holds as invalid or negative.
        using var root = new Runtime.TempProcRoot().File("fs/nfsd/exports", Header + "/srv/old\tgss/krb5()\n");
        var entry = Assert.Single(root.Fs.NfsdExports());
        Assert.Equal(("gss/krb5", 0), (entry.Client.Name, entry.Client.Options.Count));
    }

    [Theory]
    [InlineData("/srv/nfs\t*rw,sync\n", 3, 10)]         // no parentheses
    [InlineData("/srv/nfs\t(rw)\n", 3, 10)]              // no client
    [InlineData("/srv/nfs\t*(rw,,sync)\n", 3, 10)]       // an empty option
    [InlineData("/srv/nfs\t*(rw,sync\n", 3, 10)]         // unclosed
    [InlineData("/srv/nfs\n", 3, 9)]                     // no client at all
    public void Malformed_lines_fail_at_the_client(string line, int lineNumber, int column)
        => ParseAssert.Fails(u => NfsExport.ParseTable(u), Header + line, lineNumber, column, "Client");
}
