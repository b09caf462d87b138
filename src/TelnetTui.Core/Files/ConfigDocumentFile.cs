using TelnetTui.Toml;

namespace TelnetTui.Core.Files;

/// <summary>
/// A TOML file the program edits in place through a <see cref="TomlDocument"/>. Each change reads
/// the file again first, so an edit made by hand meanwhile is kept (the change applies on top), and
/// a file that does not parse is never overwritten: the change is refused with the parse error.
/// Saves are atomic (<see cref="IConfigFileSystem.WriteAtomic"/>).
/// </summary>
public sealed class ConfigDocumentFile
{
    private readonly IConfigFileSystem _fs;
    private byte[]? _lastBytes;

    public ConfigDocumentFile(string path, IConfigFileSystem fs)
    {
        Path = path;
        _fs = fs;
    }

    public string Path { get; }

    /// <summary>The file as last read or written; null when it did not parse.</summary>
    public TomlDocument? Document { get; private set; }

    /// <summary>Why the file could not be read as TOML, or null.</summary>
    public TomlException? ParseError { get; private set; }

    public bool Exists => _fs.Exists(Path);

    /// <summary>Reads the file (a missing file is an empty document).</summary>
    public void Load()
    {
        var bytes = _fs.Exists(Path) ? _fs.ReadAllBytes(Path) : [];
        try
        {
            Document = TomlDocument.Parse(bytes, Path);
            ParseError = null;
            _lastBytes = bytes;
        }
        catch (TomlException e)
        {
            Document = null;
            ParseError = e;
            _lastBytes = null;
        }
    }

    /// <summary>
    /// Applies <paramref name="edit"/> to the current file content and saves it atomically.
    /// Throws <see cref="ConfigFileException"/> (nothing written) when the file on disk does not parse.
    /// </summary>
    public void Mutate(Action<TomlDocument> edit)
    {
        var current = _fs.Exists(Path) ? _fs.ReadAllBytes(Path) : [];
        TomlDocument document;
        if (Document is not null && _lastBytes is not null && current.AsSpan().SequenceEqual(_lastBytes))
        {
            document = Document;
        }
        else
        {
            try
            {
                document = TomlDocument.Parse(current, Path);
            }
            catch (TomlException e)
            {
                Document = null;
                ParseError = e;
                throw new ConfigFileException(Path, $"{e.Message}\n{Path} was not saved because it is not valid TOML; fix or move the file, then try again.", e);
            }
        }
        // Edit a copy: if an edit fails half way, neither the file nor the loaded document changes.
        var work = TomlDocument.Parse(document.ToString(), Path);
        edit(work);
        var bytes = work.ToUtf8Bytes();
        if (!bytes.AsSpan().SequenceEqual(current))
        {
            _fs.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
            _fs.WriteAtomic(Path, bytes);
        }
        Document = work;
        ParseError = null;
        _lastBytes = bytes;
    }
}
