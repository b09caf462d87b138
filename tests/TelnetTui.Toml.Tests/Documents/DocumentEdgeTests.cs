namespace TelnetTui.Toml.Tests.Documents;

/// <summary>Edits at the edges: no final line break, a byte-order mark, an empty file, and edits that must be refused.</summary>
public class DocumentEdgeTests
{
    [Fact]
    public void A_last_line_without_a_line_break_gets_one_before_an_inserted_line()
    {
        var doc = TomlDocument.Parse("[a]\nx = 1");
        doc.Set(TomlPath.Parse("a.y"), 2);
        doc.AddTable(TomlPath.Parse("b"));
        Assert.Equal("[a]\nx = 1\ny = 2\n\n[b]\n", doc.ToString());
    }

    [Fact]
    public void An_empty_document_takes_keys_and_tables()
    {
        var doc = TomlDocument.Empty("new.toml");
        doc.Set(TomlPath.Parse("title"), "x");
        doc.Set(TomlPath.Parse("server.port"), 23);
        Assert.Equal("title = \"x\"\n\n[server]\nport = 23\n", doc.ToString());
    }

    [Fact]
    public void A_byte_order_mark_is_kept_through_edits()
    {
        var bytes = "\uFEFFa = 1\n"u8.ToArray();
        var doc = TomlDocument.Parse(System.Text.Encoding.UTF8.GetBytes("\uFEFFa = 1\n"));
        doc.Set(TomlPath.Parse("a"), 2);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("\uFEFFa = 2\n"), doc.ToUtf8Bytes());
        Assert.Equal(bytes, TomlDocument.Parse(bytes).ToUtf8Bytes());
    }

    [Fact]
    public void Keys_that_need_quotes_are_quoted()
    {
        var doc = TomlDocument.Parse("[hosts]\n");
        doc.Set(TomlPath.Of("hosts", "my bbs", "port"), 23);
        Assert.Equal("[hosts]\n\n[hosts.\"my bbs\"]\nport = 23\n", doc.ToString());
        Assert.Equal(23L, ((TomlInteger)doc.Get(TomlPath.Parse("hosts.\"my bbs\".port"))!).Value);
    }

    [Fact]
    public void Edits_that_cannot_be_made_are_refused_and_change_nothing()
    {
        const string text = "a = 1\n[t]\nb = 2\n[[arr]]\n";
        var doc = TomlDocument.Parse(text);
        Assert.Throws<InvalidOperationException>(() => doc.Rename(TomlPath.Parse("a"), "t"));
        Assert.Throws<InvalidOperationException>(() => doc.AddTable(TomlPath.Parse("t")));
        Assert.Throws<InvalidOperationException>(() => doc.Set(TomlPath.Parse("a.x"), 1));
        Assert.Throws<InvalidOperationException>(() => doc.AddArrayTableEntry(TomlPath.Parse("a")));
        Assert.Throws<ArgumentException>(() => doc.Remove(TomlPath.Root));
        Assert.Throws<KeyNotFoundException>(() => doc.Rename(TomlPath.Parse("missing"), "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.Set(TomlPath.Parse("arr[5]"), new TomlTable()));
        Assert.False(doc.Remove(TomlPath.Parse("missing.key")));
        Assert.Equal(text, doc.ToString());
    }

    [Fact]
    public void Root_keys_go_before_the_first_table_and_its_comments_when_there_are_none_yet()
    {
        var doc = TomlDocument.Parse("# file comment\n\n# about t\n[t]\n");
        doc.Set(TomlPath.Parse("version"), 1);
        Assert.Equal("# file comment\n\nversion = 1\n\n# about t\n[t]\n", doc.ToString());
    }

    [Fact]
    public void Positions_are_current_after_an_edit()
    {
        var doc = TomlDocument.Parse("a = 1\nb = 2\n", "f.toml");
        doc.Set(TomlPath.Parse("a"), "a much longer value");
        doc.Set(TomlPath.Parse("c"), 3);
        Assert.Equal(new TomlPosition("f.toml", 3, 5, 36), doc.Get(TomlPath.Parse("c"))!.Position);
    }
}
