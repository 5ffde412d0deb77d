using System.Collections.Generic;
using System.IO;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>exe, cwd, root and fd/N: symbolic links whose target is the value.</summary>
public class ProcessLinkTests
{
    private static ProcessDirectory Sleep => Fixtures.Fs().Process(Fixtures.SleepPid);

    [Fact]
    public void Exe_cwd_root_from_fixture()
    {
        Assert.Equal("/usr/bin/sleep", Sleep.Exe().Target);
        Assert.False(Sleep.Exe().IsDeleted);
        Assert.Equal("/tmp/pgcap", Sleep.Cwd().Target);
        Assert.Equal("/", Sleep.Root().Target);
        Assert.Equal("/", Fixtures.Fs().Process(2).Cwd().Target);
    }

    [Fact]
    public void Kernel_thread_has_no_exe()
        => Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().Process(2).TryReadExe().Status);

    [Fact]
    public void Fds_from_fixture()
    {
        var expected = new Dictionary<int, string>
        {
            [0] = "/dev/null",
            [1] = "/dev/null",
            [2] = "/dev/null",
            [3] = "/tmp/pgcap/notes.txt",
            [4] = "/tmp/pgcap/scratch.tmp (deleted)",
            [10] = "/dev/null",
            [251] = "pipe:[29950]",
        };
        var fdDirectory = Path.Combine(Fixtures.KernelRoot(), Fixtures.SleepPid.ToString(), "fd");
        Assert.Equal(expected.Count, Directory.GetFileSystemEntries(fdDirectory).Length);
        foreach (var (fd, target) in expected)
            Assert.Equal(target, Sleep.Fd(fd).Target);
    }

    [Fact]
    public void Deleted_and_pseudo_file_targets()
    {
        var deleted = Sleep.Fd(4);
        Assert.True(deleted.IsDeleted);
        Assert.True(deleted.IsPath);
        Assert.Null(deleted.PseudoFileInode);

        var pipe = Sleep.Fd(251);
        Assert.True(pipe.IsPipe);
        Assert.False(pipe.IsSocket);
        Assert.False(pipe.IsPath);
        Assert.Equal(29950UL, pipe.PseudoFileInode);

        var socket = ProcessFd.Parse(Fixtures.Bytes("socket:[123456]"));
        Assert.True(socket.IsSocket);
        Assert.Equal(123456UL, socket.PseudoFileInode);
        Assert.Null(ProcessFd.Parse(Fixtures.Bytes("anon_inode:[eventfd]")).PseudoFileInode);

        var exe = ProcessExe.Parse(Fixtures.Bytes("/usr/sbin/sshd (deleted)"));
        Assert.True(exe.IsDeleted);
        Assert.Equal("/usr/sbin/sshd", exe.Path);
        Assert.Equal("/srv/gone", ProcessCwd.Parse(Fixtures.Bytes("/srv/gone (deleted)")).Path);
        Assert.False(ProcessRoot.Parse(Fixtures.Bytes("/")).IsDeleted);
    }

    [Fact]
    public void Missing_fd_is_not_found()
        => Assert.Equal(ProcReadStatus.NotFound, Sleep.TryReadFd(99).Status);
}
