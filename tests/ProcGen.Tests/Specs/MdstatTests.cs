using System;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>mdstat</c>. The capture machine has no md driver, so every line is written from <c>md_seq_show</c>,
/// <c>status_resync</c> and <c>md_bitmap_status</c> in <c>drivers/md/md.c</c> and the personalities' <c>status</c>
/// functions (<c>raid1_status</c> <c>" [%d/%d] ["</c>, <c>raid5_status</c> <c>" level %d, %dk chunk, algorithm %d"</c>,
/// <c>raid0_status</c> <c>" %dk chunks"</c>, <c>linear_status</c> <c>" %dk rounding"</c>, <c>raid10_status</c>).
/// Each array ends with <c>"\n      "</c> (status) and a <c>'\n'</c>, so an array without sync or bitmap ends with a
/// line of six blanks; an inactive one with seven.
/// </summary>
public class MdstatTests
{
    internal const string Mdstat =
        "Personalities : [raid1] [raid6] [raid5] [raid4] [linear] [raid0] [raid10] \n" +
        "md0 : active raid1 sdb1[1] sda1[0]\n" +
        "      1953382464 blocks super 1.2 [2/2] [UU]\n" +
        "      bitmap: 1/15 pages [4KB], 65536KB chunk\n" +
        "\n" +
        "md1 : active raid1 sdd1[1](F) sdc1[0]\n" +
        "      976630464 blocks super 1.2 [2/1] [U_]\n" +
        "      \n" +
        "md2 : active raid5 sdh1[3] sdg1[1] sdf1[0]\n" +
        "      3906762752 blocks super 1.2 level 5, 512k chunk, algorithm 2 [3/2] [UU_]\n" +
        "      [==>..................]  recovery = 12.6% (246326272/1953381376) finish=150.5min speed=189026K/sec\n" +
        "      bitmap: 2/15 pages [8KB], 65536KB chunk\n" +
        "\n" +
        "md3 : active raid1 sdh2[1] sdf2[0]\n" +
        "      1048512 blocks [2/2] [UU]\n" +
        "      \tresync=DELAYED\n" +
        "      \n" +
        "md127 : inactive sdk[1](S) sdj[0](S)\n" +
        "      3906767024 blocks super 1.2\n" +
        "       \n" +
        "md4 : active raid0 sdm1[1] sdl1[0]\n" +
        "      1953260544 blocks super 1.2 512k chunks\n" +
        "      \n" +
        "md5 : active linear sdo1[1] sdn1[0]\n" +
        "      2930010112 blocks super 1.2 0k rounding\n" +
        "      \n" +
        "unused devices: <none>\n";

    [Fact]
    public void Arrays_with_their_devices_redundancy_sync_and_bitmap()
    {
        var arrays = MdArray.ParseTable(Fixtures.Bytes(Mdstat));

        Assert.Equal(["md0", "md1", "md2", "md3", "md127", "md4", "md5"], [.. Select(arrays, a => a.Name)]);

        var healthy = arrays[0];
        Assert.Equal(MdArrayState.Active, healthy.Array.State);
        Assert.Equal(MdAccess.ReadWrite, healthy.Array.Members.Access);
        Assert.Equal("raid1", healthy.Personality);
        Assert.Equal([new MdMember("sdb1", 1, false, false, false, false, false), new MdMember("sda1", 0, false, false, false, false, false)], healthy.Devices);
        Assert.Equal(1953382464UL * 1024, healthy.Status.Size);
        Assert.Equal("1.2", healthy.Status.Super);
        Assert.Null(healthy.Status.Details);
        Assert.Equal((2, 2), (healthy.Status.ExpectedDevices, healthy.Status.WorkingDevices));
        Assert.Equal([true, true], healthy.Status.InSync!);
        Assert.False(healthy.Status.IsDegraded);
        Assert.Null(healthy.Status.Progress);
        Assert.Equal(new MdBitmap(1, 15, 4096, 65536UL * 1024, null), healthy.Status.Bitmap);

        var degraded = arrays[1];
        Assert.True(degraded.Devices[0].Faulty);
        Assert.False(degraded.Devices[0].IsActive);
        Assert.Equal(("sdc1", 0, true), (degraded.Devices[1].Device, degraded.Devices[1].Number, degraded.Devices[1].IsActive));
        Assert.Equal((2, 1), (degraded.Status.ExpectedDevices, degraded.Status.WorkingDevices));
        Assert.Equal([true, false], degraded.Status.InSync!);
        Assert.True(degraded.Status.IsDegraded);
        Assert.Null(degraded.Status.Bitmap);

        var recovering = arrays[2].Status;
        Assert.Equal("raid5", arrays[2].Personality);
        Assert.Equal("level 5, 512k chunk, algorithm 2", recovering.Details);
        Assert.Equal((5, 512UL * 1024, 2), (recovering.Level, recovering.ChunkSize, recovering.Algorithm));
        Assert.Equal([true, true, false], recovering.InSync!);
        Assert.Equal(new MdSyncProgress(MdSyncAction.Recovery, 12.6, 246326272UL * 1024, 1953381376UL * 1024,
            TimeSpan.FromMinutes(150.5), 189026UL * 1024), recovering.Progress);
        Assert.Equal(MdSyncWait.None, recovering.Waiting);
        Assert.Equal(new MdBitmap(2, 15, 8192, 65536UL * 1024, null), recovering.Bitmap);

        // 0.90 metadata prints no "super"; a resync waiting for another array on the same disks.
        var delayed = arrays[3].Status;
        Assert.Null(delayed.Super);
        Assert.Equal(1048512UL * 1024, delayed.Size);
        Assert.Equal(MdSyncWait.Delayed, delayed.Waiting);
        Assert.Null(delayed.Progress);

        var inactive = arrays[4];
        Assert.Equal(MdArrayState.Inactive, inactive.Array.State);
        Assert.Null(inactive.Personality);
        Assert.True(inactive.Devices[0].Spare && inactive.Devices[1].Spare);
        Assert.Equal(3906767024UL * 1024, inactive.Status.Size);
        Assert.Null(inactive.Status.ExpectedDevices);
        Assert.Null(inactive.Status.InSync);
        Assert.False(inactive.Status.IsDegraded);

        // raid0 and linear have no redundancy: no [n/m] [UU].
        Assert.Equal(("raid0", "512k chunks", 512UL * 1024), (arrays[5].Personality, arrays[5].Status.Details, arrays[5].Status.ChunkSize));
        Assert.Null(arrays[5].Status.ExpectedDevices);
        Assert.Equal(("linear", "0k rounding", (ulong?)null), (arrays[6].Personality, arrays[6].Status.Details, arrays[6].Status.ChunkSize));
    }

    [Fact]
    public void Read_only_write_mostly_journal_replacement_and_pending_resync()
    {
        const string text =
            "Personalities : [raid10] [raid6] [raid5] [raid4] \n" +
            "md6 : active (auto-read-only) raid10 sdq[3] sdp[2] sdo[1](W) sdn[0]\n" +
            "      1953257472 blocks super 1.2 512K chunks 2 near-copies [4/4] [UUUU]\n" +
            "      \tresync=PENDING\n" +
            "      \n" +
            "md7 : active (read-only) raid6 sdv[5](R) sdu[4](J) sdt[3] sds[2] sdr[1] sdw[0]\n" +
            "      5860270080 blocks super 1.2 level 6, 64k chunk, algorithm 2 [4/4] [UUUU]\n" +
            "      \n" +
            "unused devices: sdx sdy \n";
        var arrays = MdArray.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(2, arrays.Count);
        Assert.Equal(MdAccess.AutoReadOnly, arrays[0].Array.Members.Access);
        Assert.Equal("raid10", arrays[0].Personality);
        Assert.True(arrays[0].Devices[2].WriteMostly);
        Assert.True(arrays[0].Devices[2].IsActive);
        Assert.Equal(("512K chunks 2 near-copies", 512UL * 1024), (arrays[0].Status.Details, arrays[0].Status.ChunkSize));
        Assert.Equal(MdSyncWait.Pending, arrays[0].Status.Waiting);

        Assert.Equal(MdAccess.ReadOnly, arrays[1].Array.Members.Access);
        Assert.True(arrays[1].Devices[0].Replacement);
        Assert.True(arrays[1].Devices[1].Journal);
        Assert.False(arrays[1].Devices[1].IsActive);
        Assert.Equal((6, 64UL * 1024), (arrays[1].Status.Level, arrays[1].Status.ChunkSize));
    }

    [Theory]
    [InlineData("[>....................]  resync =  0.4% (4096/1048512) finish=8.5min speed=2048K/sec", MdSyncAction.Resync, 0.4, 8.5)]
    [InlineData("[===================>.]  check = 99.9% (1047464/1048512) finish=0.0min speed=204800K/sec", MdSyncAction.Check, 99.9, 0)]
    [InlineData("[====================>]  reshape =100.0% (1048512/1048512) finish=0.0min speed=0K/sec", MdSyncAction.Reshape, 100.0, 0)]
    public void Sync_progress_of_each_action(string line, MdSyncAction action, double percent, double finishMinutes)
    {
        var array = Assert.Single(MdArray.ParseTable(Fixtures.Bytes(
            "md0 : active raid1 sdb1[1] sda1[0]\n      1048512 blocks super 1.2 [2/2] [UU]\n      " + line + "\n      \n")));

        Assert.Equal(action, array.Status.Progress!.Value.Action);
        Assert.Equal(percent, array.Status.Progress.Value.Percent);
        Assert.Equal(TimeSpan.FromMinutes(finishMinutes), array.Status.Progress.Value.Finish);
    }

    [Fact]
    public void A_file_bitmap_and_a_chunk_below_a_kilobyte()
    {
        var array = Assert.Single(MdArray.ParseTable(Fixtures.Bytes(
            "md0 : active raid1 sdb1[1] sda1[0]\n      1048512 blocks super 1.2 [2/2] [UU]\n" +
            "      bitmap: 0/1 pages [0KB], 512B chunk, file: /var/lib/md0 bitmap\n\n")));

        Assert.Equal(new MdBitmap(0, 1, 0, 512, "/var/lib/md0 bitmap"), array.Status.Bitmap);
    }

    [Fact]
    public void No_arrays_is_an_empty_table()
        => Assert.Empty(MdArray.ParseTable(Fixtures.Bytes("Personalities : \nunused devices: <none>\n")));

    [Fact]
    public void The_capture_machine_has_no_mdstat_file()
        => Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().TryReadMdStat().Status);

    [Fact]
    public void An_unknown_state_is_an_error_at_the_state()
        => ParseAssert.Fails(utf8 => MdArray.ParseTable(utf8), "md0 : running raid1 sda1[0]\n      1 blocks\n", 1, 7, "'active'");

    [Fact]
    public void A_device_without_its_number_is_an_error_on_the_first_line()
        => ParseAssert.Fails(utf8 => MdArray.ParseTable(utf8), "md0 : active raid1 sdb1[x] sda1[0]\n      1 blocks\n", 1, 14, "MdMembers");

    [Fact]
    public void An_unknown_device_flag_is_an_error()
        => ParseAssert.Fails(utf8 => MdArray.ParseTable(utf8), "md0 : active raid1 sdb1[1](X)\n      1 blocks\n", 1, 14, "MdMembers");

    [Theory]
    [InlineData("      12 blocks super 1.2 [2/1 [U_]\n", 2, 7, "the size line")]
    [InlineData("      12 blocks super 1.2 [2/3] [UUU]\n", 2, 7, "the size line")]
    [InlineData("      12 blocks super 1.2 [2/1] [U-]\n", 2, 7, "the size line")]
    [InlineData("      twelve blocks\n", 2, 7, "the size line")]
    [InlineData("      12 blocks\n      [==>....]  rebuild = 1.0% (1/2) finish=1.0min speed=1K/sec\n", 3, 7, "a sync line")]
    [InlineData("      12 blocks\n      [==>....]  recovery = 1.0% (1/2) finish=1.0min\n", 3, 7, "a sync line")]
    [InlineData("      12 blocks\n      \tresync=LATER\n", 3, 8, "a sync line")]
    [InlineData("      12 blocks\n      bitmap: 1/15 pages [4KB] 65536KB chunk\n", 3, 7, "'bitmap: N/M pages")]
    [InlineData("      12 blocks\n      bitmap: 1/15 pages [4KB], 65536KB chunk, file: /b\n      resync=DELAYED\n", 4, 7, "nothing after the 'bitmap:' line")]
    public void A_malformed_body_is_an_error_at_its_line(string body, int line, int column, string expected)
    {
        var error = ParseAssert.Fails(utf8 => MdArray.ParseTable(utf8), "md0 : active raid1 sda1[0]\n" + body, line, column, expected);
        Assert.Contains("(in a MdArrayStatus for Status", error.Expected);
    }

    private static System.Collections.Generic.List<string> Select(ProcTable<MdArray> arrays, Func<MdArray, string> pick)
    {
        var names = new System.Collections.Generic.List<string>();
        foreach (var array in arrays) names.Add(pick(array));
        return names;
    }
}
