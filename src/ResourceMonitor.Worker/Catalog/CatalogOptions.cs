using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>Where the park catalog is (section <c>Catalog</c>).</summary>
public sealed class CatalogOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Catalog";

    /// <summary>The catalog file; a relative path is looked up under the content root, then the current directory.</summary>
    [Required]
    public string Path { get; set; } = "catalog/hiep-phuoc.json";

    /// <summary>The absolute file that <see cref="Path"/> names: the first that exists of content root and current directory.</summary>
    public string Resolve(string contentRoot)
    {
        if (System.IO.Path.IsPathRooted(Path))
        {
            return Path;
        }

        var candidates = new[] { System.IO.Path.Combine(contentRoot, Path), System.IO.Path.GetFullPath(Path) };
        return candidates.FirstOrDefault(File.Exists) ?? candidates[0];
    }
}
