using System.Text;
using TelnetTui.Terminal.Bbs;

namespace TelnetTui.Terminal.Tests.Bbs;

/// <summary>SAUCE v00 records (acid.org "SAUCE" specification): fields, comments, content length.</summary>
public class SauceTests
{
    /// <summary>Builds a file: content, EOF mark, optional comment block, 128-byte record.</summary>
    public static byte[] ArtFile(byte[] content, ushort width, ushort lines, byte flags = 0, string font = "IBM VGA", string[]? comments = null)
    {
        var file = new List<byte>(content) { 0x1A };
        comments ??= [];
        if (comments.Length > 0)
        {
            file.AddRange("COMNT"u8.ToArray());
            foreach (var c in comments)
                file.AddRange(Encoding.ASCII.GetBytes(c.PadRight(64)));
        }
        var r = new byte[128];
        "SAUCE00"u8.CopyTo(r);
        Encoding.ASCII.GetBytes("Dragon".PadRight(35)).CopyTo(r, 7);
        Encoding.ASCII.GetBytes("Artist".PadRight(20)).CopyTo(r, 42);
        Encoding.ASCII.GetBytes("Group".PadRight(20)).CopyTo(r, 62);
        "19960704"u8.CopyTo(r.AsSpan(82));
        BitConverter.GetBytes((uint)content.Length).CopyTo(r, 90);
        r[94] = 1; // Character
        r[95] = 1; // ANSi
        BitConverter.GetBytes(width).CopyTo(r, 96);
        BitConverter.GetBytes(lines).CopyTo(r, 98);
        r[104] = (byte)comments.Length;
        r[105] = flags;
        Encoding.ASCII.GetBytes(font).CopyTo(r, 106);
        file.AddRange(r);
        return file.ToArray();
    }

    [Fact]
    public void Reads_the_fields_and_where_the_content_ends()
    {
        var content = "\e[1;33mHi\e[0m"u8.ToArray();
        var file = ArtFile(content, 80, 3, flags: 1, comments: ["first comment", "second"]);
        Assert.True(Sauce.TryRead(file, file.Length, out var sauce, out var contentLength));
        Assert.Equal(content.Length, contentLength);
        Assert.Equal("Dragon", sauce!.Title);
        Assert.Equal("Artist", sauce.Author);
        Assert.Equal("Group", sauce.Group);
        Assert.Equal("19960704", sauce.Date);
        Assert.Equal(80, sauce.Columns);
        Assert.Equal(3, sauce.Lines);
        Assert.True(sauce.IceColors);
        Assert.Equal("IBM VGA", sauce.FontName);
        Assert.Equal(["first comment", "second"], sauce.Comments);
    }

    [Fact]
    public void Works_from_the_tail_of_a_longer_file()
    {
        var file = ArtFile(new byte[10_000], 132, 50);
        var tail = file.AsSpan(file.Length - 300);
        Assert.True(Sauce.TryRead(tail, file.Length, out var sauce, out var contentLength));
        Assert.Equal(10_000, contentLength);
        Assert.Equal(132, sauce!.Columns);
        Assert.False(sauce.IceColors);
    }

    [Fact]
    public void A_file_without_sauce_is_all_content()
    {
        var file = "plain text, no record at all........................................................................................................"u8.ToArray();
        Assert.False(Sauce.TryRead(file, file.Length, out var sauce, out var contentLength));
        Assert.Null(sauce);
        Assert.Equal(file.Length, contentLength);
    }
}
