namespace TelnetTui.App.Tests.Support;

/// <summary>A fresh folder under /tmp, deleted on dispose; also a fake environment (HOME and XDG folders inside it).</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("telnettui-app-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Environment variables pointing HOME and the XDG folders into this folder.</summary>
    public string? Environment(string name) => name switch
    {
        "HOME" => Path,
        "XDG_CONFIG_HOME" => File("config"),
        "XDG_STATE_HOME" => File("state"),
        "XDG_DATA_HOME" => File("data"),
        _ => null,
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
