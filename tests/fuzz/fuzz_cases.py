"""The fuzz cases: malformed and edge-case inputs for every cunbglass style, each with what must
happen. A case is a LAMMPS input (a setup, then the command under test and what reads its output)
and an expectation:
  Error(text)    LAMMPS stops with an ERROR line in its log that contains `text` (the token
                 or the reason), never a crash, an abort without a message or a hang;
  Accept(reason) the run completes; `reason` says why accepting is right.
Cases are generated per style from its valid command by mutating one thing at a time (missing,
extra, non-numeric, out-of-range, tiny, huge and NaN values; unknown and repeated keywords), plus
references between computes, groups, box shapes, units, per-atom masses and hostile sizes."""

from dataclasses import dataclass


@dataclass
class Error:
    text: str


@dataclass
class Accept:
    reason: str


@dataclass
class Case:
    name: str
    setup: str      # key of SETUPS
    body: str       # commands after the setup (the style, its readers, the run); {pot} and
                    # {plugin} stand for the potential file and cunbglassplugin.so
    expect: object  # Error or Accept


# --- setups -----------------------------------------------------------------------------------

_CUNB = """units metal
atom_style {atom_style}
boundary {boundary}
lattice fcc 3.7
region box {region}
create_box 2 box
create_atoms 1 box
set type 1 type/fraction 2 0.5 12345
{masses}
pair_style eam/alloy
pair_coeff * * {{pot}} Cu Nb
neighbor 1.0 bin
neigh_modify delay 0 every 1 check yes
comm_modify cutoff 12.0
timestep 0.002
velocity all create {temp} 4928 loop geom
fix nve all nve
group none empty
group one id 1
variable half atom x<0.5*lx+xlo
variable scalar equal 1.0
compute conc all conc/atom 5.0 type 1
compute ico all ico/atom 3.5 center 1
compute pe all pe/atom
"""


def _cunb(atom_style="atomic", boundary="p p p", region="block 0 4 0 4 0 4",
          masses="mass 1 63.546\nmass 2 92.906", temp=300):
    return _CUNB.format(atom_style=atom_style, boundary=boundary, region=region, masses=masses,
                        temp=temp)


def _lj(dimension):
    """Lennard-Jones units; in 2d a square lattice in the plane (no icosahedra to look for)."""
    flat = dimension == 2
    return f"""units lj
dimension {dimension}
atom_style atomic
lattice {"sq2 0.8" if flat else "fcc 0.8442"}
region box block 0 {"10 0 10 -0.5 0.5" if flat else "4 0 4 0 4"}
create_box 2 box
create_atoms 1 box
set type 1 type/fraction 2 0.5 12345
mass * 1.0
pair_style lj/cut 2.5
pair_coeff * * 1.0 1.0 2.5
neighbor 0.3 bin
neigh_modify delay 0 every 1 check yes
comm_modify cutoff 4.0
timestep 0.002
velocity all create 1.0 4928 loop geom
fix nve all nve
{"fix 2d all enforce2d" if flat else "compute ico all ico/atom 1.4"}
group none empty
group one id 1
variable half atom x<0.5*lx+xlo
compute conc all conc/atom 1.5 type 1
compute pe all pe/atom
"""


SETUPS = {
    "bulk": _cunb(),
    "hot": _cunb(temp=6000),
    "triclinic": _cunb(region="prism 0 4 0 4 0 4 1.5 -1 0.5"),
    "film": _cunb(boundary="p p f"),
    # per-atom masses (eam/alloy sets per-type masses, so a pair potential carries the dynamics)
    "rmass": _cunb(atom_style="sphere", masses="set type 1 mass 63.546\nset type 2 mass 92.906")
    .replace("pair_style eam/alloy\npair_coeff * * {pot} Cu Nb",
             "pair_style lj/cut 6.0\npair_coeff * * 0.4 2.33"),
    "2d": _lj(dimension=2),
    "lj": _lj(dimension=3),
}


# --- how each style's output is read ----------------------------------------------------------

def _reader(style, cid="X"):
    """Commands that make LAMMPS evaluate every output of the style, then a short run."""
    if style == "conc/atom":
        return f"compute R_{cid} all reduce max c_{cid}\nthermo_style custom step c_R_{cid}"
    if style == "conc/atom counts":
        return f"compute R_{cid} all reduce max c_{cid}[1] c_{cid}[3]\nthermo_style custom step c_R_{cid}[*]"
    if style in ("ico/atom", "sq/bt", "percolation", "ico/interface"):
        return f"thermo_style custom step c_{cid}[*]"
    if style in ("msd/exponent", "vdos"):
        return f"thermo_style custom step f_{cid}[*]"
    if style == "none":    # thermo cannot read a fix between its samples
        return ""
    raise ValueError(style)


def _case(name, command, reader_style, expect, setup="bulk", steps=20, extra="", after=""):
    """`extra`: commands before the one under test; `after`: commands that need it defined."""
    body = f"{extra}{command}\n{after}{_reader(reader_style)}\nthermo 10\nrun {steps}\n"
    return Case(name, setup, body, expect)


# A cutoff far below interatomic distances, with and without a neighbour skin: the computes search
# neighbours in cells sized by the atoms (no LAMMPS list or bins), so it costs nothing.
NO_SKIN = "neighbor 0.0 bin\n"
SMALL_CUTOFF = ("no neighbour list or bins: the search grid is sized by the atoms; no atom has a "
                "neighbour, said by a warning (the cutoff is a distance in the deck's units)")


# --- one-token mutations -----------------------------------------------------------------------

NOT_A_NUMBER = ["abc", "nan", "inf", "-inf", "1e400", "3,5", "0x"]
NOT_POSITIVE = ["0", "-1", "-0.0"]
NOT_AN_INTEGER = ["abc", "1.5", "1e3", "2147483648", "-1", "0", "nan"]
BAD_TYPES = ["0", "3", "-1", "abc", "1.5", "1e0"]


def _replace(tokens, i, value):
    return tokens[:i] + [value] + tokens[i + 1:]


def _mutations(prefix, tokens, positions, reader_style, name):
    """Cases that replace one positional token with a bad value; the error must name it."""
    cases = []
    for i, kind in positions.items():
        bad = {"double": NOT_A_NUMBER + NOT_POSITIVE, "int": NOT_AN_INTEGER,
               "type": BAD_TYPES}[kind]
        for value in bad:
            command = " ".join([prefix] + _replace(tokens, i, value))
            cases.append(_case(f"{name}.arg{i}={value}", command, reader_style, Error(f"'{value}'")))
    return cases


def _truncations(prefix, tokens, required, reader_style, name):
    """Every prefix shorter than the required arguments."""
    return [_case(f"{name}.only{k}", " ".join([prefix] + tokens[:k]), reader_style,
                  Error("too few arguments"))
            for k in range(required)]


def _keyword_cases(prefix, tokens, reader_style, name):
    command = " ".join([prefix] + tokens)
    return [
        _case(f"{name}.unknown_keyword", command + " bogus 1", reader_style, Error("'bogus'")),
        _case(f"{name}.extra_token", command + " 42", reader_style, Error("'42'")),
    ]


# --- per style ---------------------------------------------------------------------------------

def conc_atom():
    name, prefix = "conc", "compute X all conc/atom"
    tokens = ["5.0", "type", "1"]
    c = _mutations(prefix, tokens, {0: "double", 2: "type"}, "conc/atom", name)
    c += _truncations(prefix, tokens, 3, "conc/atom", name)
    c += _keyword_cases(prefix, tokens, "conc/atom", name)
    c += [
        _case("conc.tiny_R", f"{prefix} 1e-300 type 1", "conc/atom",
              Accept("no neighbour list or bins: the search grid is sized by the atoms, and each "
                     "atom's sphere holds only itself"), extra=NO_SKIN),
        _case("conc.small_R_0.1", f"{prefix} 0.1 type 1", "conc/atom",
              Accept("no neighbour list or bins: each atom's sphere holds only itself"), extra=NO_SKIN),
        _case("conc.small_R_with_skin", f"{prefix} 0.1 type 1", "conc/atom",
              Accept(SMALL_CUTOFF)),
        _case("conc.huge_R", f"{prefix} 1e300 type 1", "conc/atom", Error("comm_modify cutoff")),
        _case("conc.R_beyond_ghosts", f"{prefix} 11.5 type 1", "conc/atom", Error("comm_modify cutoff")),
        _case("conc.no_type_keyword", f"{prefix} 5.0 types 1", "conc/atom", Error("'type'")),
        _case("conc.type_without_types", f"{prefix} 5.0 type counts yes", "conc/atom", Error("'counts'")),
        _case("conc.both_types", f"{prefix} 5.0 type 1 2", "conc/atom",
              Accept("both species selected: every fraction is 1, a valid if trivial choice")),
        _case("conc.repeated_type", f"{prefix} 5.0 type 1 1", "conc/atom",
              Accept("the selected types form a set; a repeat adds nothing")),
        _case("conc.counts_yes", f"{prefix} 5.0 type 1 counts yes", "conc/atom counts",
              Accept("documented keyword")),
        _case("conc.counts_twice", f"{prefix} 5.0 type 2 counts no counts yes", "conc/atom counts",
              Accept("LAMMPS convention: a repeated keyword overrides the earlier one")),
        _case("conc.counts_bad", f"{prefix} 5.0 type 1 counts maybe", "conc/atom", Error("'maybe'")),
        _case("conc.counts_missing", f"{prefix} 5.0 type 1 counts", "conc/atom", Error("counts")),
        _case("conc.R_above_half_box", f"{prefix} 9.0 type 1", "conc/atom",
              Accept("a sphere larger than half the box counts every periodic image of a "
                     "neighbour once per image, which is the right local count in a periodic "
                     "system")),
    ]
    return c


def ico_atom():
    name, prefix = "ico", "compute X all ico/atom"
    tokens = ["3.5", "center", "1"]
    c = _mutations(prefix, tokens, {0: "double", 2: "type"}, "ico/atom", name)
    c += _truncations(prefix, tokens, 1, "ico/atom", name)
    c += _keyword_cases(prefix, tokens, "ico/atom", name)
    c += [
        _case("ico.tiny_Rc", f"{prefix} 0.01", "ico/atom", Accept(SMALL_CUTOFF), extra=NO_SKIN),
        _case("ico.small_Rc_0.1", f"{prefix} 0.1", "ico/atom", Accept(SMALL_CUTOFF), extra=NO_SKIN),
        _case("ico.Rc_in_nm", f"{prefix} 0.35", "ico/atom", Accept(SMALL_CUTOFF)),
        _case("ico.huge_Rc", f"{prefix} 1e300", "ico/atom", Error("comm_modify cutoff")),
        _case("ico.center_without_types", f"{prefix} 3.5 center method cna", "ico/atom", Error("'method'")),
        _case("ico.center_missing", f"{prefix} 3.5 center", "ico/atom", Error("center")),
        _case("ico.method_bad", f"{prefix} 3.5 method delaunay", "ico/atom", Error("method")),
        _case("ico.method_missing", f"{prefix} 3.5 method", "ico/atom", Error("method")),
        _case("ico.thresholds_for_cna", f"{prefix} 3.5 face_threshold 0.1", "ico/atom",
              Error("method voronoi only")),
        _case("ico.index_for_cna", f"{prefix} 3.5 index yes", "ico/atom", Error("method voronoi only")),
        _case("ico.face_threshold_negative", f"{prefix} 6.0 method voronoi face_threshold -0.1",
              "ico/atom", Error("'-0.1'")),
        _case("ico.edge_threshold_nan", f"{prefix} 6.0 method voronoi edge_threshold nan",
              "ico/atom", Error("'nan'")),
        _case("ico.index_bad", f"{prefix} 6.0 method voronoi index perhaps", "ico/atom", Error("'perhaps'")),
        _case("ico.voronoi", f"{prefix} 6.0 method voronoi", "ico/atom", Accept("documented method")),
        _case("ico.voronoi_index", f"{prefix} 6.0 method voronoi index yes face_threshold 0.01",
              "ico/atom", Accept("documented keywords")),
        _case("ico.voronoi_short_Rc", f"{prefix} 2.0 method voronoi", "ico/atom",
              Error("increase Rc")),
        _case("ico.voronoi_film", f"{prefix} 6.0 method voronoi", "ico/atom",
              Accept("free surfaces: cells that never close are left unclassified and counted "
                     "in output 4; the rest are classified"), setup="film"),
        _case("ico.voronoi_film_short_Rc", f"{prefix} 2.0 method voronoi", "ico/atom",
              Error("increase Rc"), setup="film"),
        _case("ico.method_twice", f"{prefix} 6.0 method cna method voronoi", "ico/atom",
              Accept("LAMMPS convention: the later keyword wins")),
        _case("ico.center_both", f"{prefix} 3.5 center 1 2", "ico/atom", Accept("documented")),
        _case("ico.huge_threshold", f"{prefix} 6.0 method voronoi face_threshold 1e300", "ico/atom",
              Accept("every face is dropped: no cell is icosahedral, f_ico = 0, a valid answer "
                     "to the question asked")),
    ]
    return c


def sq_bt():
    name, prefix = "sqbt", "compute X all sq/bt"
    tokens = ["1", "2", "0.2", "4.0", "40"]
    c = _mutations(prefix, tokens, {0: "type", 1: "type", 4: "int"}, "sq/bt", name)
    for value in NOT_A_NUMBER + ["-1"]:
        c.append(_case(f"sqbt.qmin={value}", f"{prefix} 1 2 {value} 4.0 40", "sq/bt", Error(f"'{value}'")))
    for value in NOT_A_NUMBER + NOT_POSITIVE:
        c.append(_case(f"sqbt.qmax={value}", f"{prefix} 1 2 0.0 {value} 40", "sq/bt", Error(f"'{value}'")))
    c += _truncations(prefix, tokens, 5, "sq/bt", name)
    c += [
        _case("sqbt.extra_token", f"{prefix} 1 2 0.2 4.0 40 extra", "sq/bt", Error("'extra'")),
        _case("sqbt.same_types", f"{prefix} 1 1 0.2 4.0 40", "sq/bt", Error("must differ")),
        _case("sqbt.qmax_below_qmin", f"{prefix} 1 2 4.0 0.2 40", "sq/bt", Error("larger than qmin")),
        _case("sqbt.qmax_100", f"{prefix} 1 2 0.5 100 50", "sq/bt", Error("qmax")),
        _case("sqbt.qmax_1e300", f"{prefix} 1 2 0.5 1e300 50", "sq/bt", Error("qmax")),
        _case("sqbt.nbins_huge", f"{prefix} 1 2 0.2 4.0 2147483647", "sq/bt", Error("nbins")),
        _case("sqbt.no_wavevector", f"{prefix} 1 2 0.0 0.1 10", "sq/bt", Error("raise qmax")),
        _case("sqbt.swapped_types", f"{prefix} 2 1 0.2 4.0 40", "sq/bt",
              Accept("S_CC is symmetric in the species; the order only changes the sign of S_NC")),
        _case("sqbt.one_bin", f"{prefix} 1 2 0.2 4.0 1", "sq/bt", Accept("one shell is a valid histogram")),
        _case("sqbt.film", f"{prefix} 1 2 0.2 4.0 40", "sq/bt", Error("periodic"), setup="film"),
        _case("sqbt.triclinic", f"{prefix} 1 2 0.2 4.0 40", "sq/bt",
              Accept("triclinic cells have a reciprocal lattice like any other (doc)"), setup="triclinic"),
    ]
    return c


def percolation():
    name, prefix = "perc", "compute X all percolation"
    c = _mutations(prefix, ["3.5"], {0: "double"}, "percolation", name)
    c += _truncations(prefix, ["3.5"], 1, "percolation", name)
    c += _keyword_cases(prefix, ["3.5"], "percolation", name)
    c += [
        _case("perc.tiny_Rc", f"{prefix} 1e-300", "percolation", Accept(SMALL_CUTOFF), extra=NO_SKIN),
        _case("perc.tiny_Rc_with_skin", f"{prefix} 0.01", "percolation", Accept(SMALL_CUTOFF)),
        _case("perc.Rc_above_half_box", f"{prefix} 7.5", "percolation", Error("half the periodic box")),
        _case("perc.select_missing_value", f"{prefix} 3.5 select", "percolation", Error("select")),
        _case("perc.select_not_a_reference", f"{prefix} 3.5 select ico", "percolation", Error("'ico'")),
        _case("perc.select_missing_compute", f"{prefix} 3.5 select c_nothere", "percolation", Error("'nothere'")),
        _case("perc.select_global_compute", f"{prefix} 3.5 select c_thermo_temp", "percolation",
              Error("per-atom")),
        _case("perc.select_bad_column", f"{prefix} 3.5 select c_ico[0]", "percolation", Error("c_ico[0]")),
        _case("perc.select_column_of_vector", f"{prefix} 3.5 select c_ico[2]", "percolation",
              Error("no per-atom column 2")),
        _case("perc.select_array_without_column", f"{prefix} 3.5 select c_I",
              "percolation", Error("name a column"), extra="compute I all ico/atom 6.0 method voronoi index yes\n"),
        _case("perc.select_self", f"{prefix} 3.5 select c_X", "percolation", Error("lead back to compute 'X'")),
        _case("perc.select_missing_variable", f"{prefix} 3.5 select v_nothere", "percolation",
              Error("'nothere'")),
        _case("perc.select_equal_variable", f"{prefix} 3.5 select v_scalar", "percolation",
              Error("atom-style")),
        _case("perc.select_variable_self", f"{prefix} 3.5 select v_loop", "percolation",
              Error("lead back to compute 'X'"),
              after="compute chunks all chunk/atom c_X\nvariable loop atom c_chunks\n"),
        _case("perc.select_builtin_self", f"{prefix} 3.5 select c_chunks", "percolation",
              Error("lead back to compute 'X'"), after="compute chunks all chunk/atom c_X\n"),
        _case("perc.select_variable", f"{prefix} 3.5 select v_half", "percolation",
              Accept("documented: an atom-style variable selects atoms")),
        _case("perc.select_ico", f"{prefix} 3.5 select c_ico", "percolation", Accept("documented")),
        _case("perc.select_twice", f"{prefix} 3.5 select c_ico select v_half", "percolation",
              Accept("LAMMPS convention: the later keyword wins")),
        _case("perc.triclinic", f"{prefix} 3.0 select c_ico", "percolation",
              Accept("images are whole cell vectors: any cell shape (doc)"), setup="triclinic"),
        _case("perc.film", f"{prefix} 3.5", "percolation",
              Accept("a film percolates in its periodic directions only; the free direction "
                     "cannot wind"), setup="film"),
        _case("perc.empty_selection", f"{prefix} 3.5 select v_zero", "percolation",
              Accept("no atom selected: 0 clusters and zero sizes are the answer"),
              extra="variable zero atom 0\n"),
        _case("perc.mutual_with_ico_interface", f"{prefix} 3.5 select c_Y", "percolation",
              Error("lead back to compute"),
              extra="compute Y all ico/interface c_X c_ico c_pe 5.0 10\n"),
    ]
    return c


def ico_interface():
    name, prefix = "iface", "compute X all ico/interface"
    tokens = ["c_conc", "c_ico", "c_pe", "5.0", "10"]
    c = _mutations(prefix, tokens, {3: "double", 4: "int"}, "ico/interface", name)
    c += _truncations(prefix, tokens, 5, "ico/interface", name)
    c += _keyword_cases(prefix, tokens, "ico/interface", name)
    base = f"{prefix} c_conc c_ico c_pe"
    c += [
        _case("iface.conc_not_reference", f"{prefix} conc c_ico c_pe 5.0 10", "ico/interface", Error("'conc'")),
        _case("iface.conc_missing", f"{prefix} c_none c_ico c_pe 5.0 10", "ico/interface", Error("'none'")),
        _case("iface.ico_global", f"{prefix} c_conc c_thermo_pe c_pe 5.0 10", "ico/interface", Error("per-atom")),
        _case("iface.pe_column_of_vector", f"{prefix} c_conc c_ico c_pe[1] 5.0 10", "ico/interface",
              Error("no per-atom column 1")),
        _case("iface.self_conc", f"{prefix} c_X c_ico c_pe 5.0 10", "ico/interface", Error("lead back to compute 'X'")),
        _case("iface.self_ico", f"{prefix} c_conc c_X c_pe 5.0 10", "ico/interface", Error("lead back to compute 'X'")),
        _case("iface.mutual", f"{prefix} c_Y c_ico c_pe 5.0 10", "ico/interface", Error("lead back to compute"),
              extra="compute Y all percolation 3.5 select c_X\n"),
        _case("iface.tiny_rmax", f"{base} 0.01 10", "ico/interface",
              Accept("no neighbour list or bins: the search grid is sized by the atoms, and every "
                     "non-interface atom reads -1 (no interface atom within 0.01 A)"),
              extra=NO_SKIN),
        _case("iface.huge_rmax", f"{base} 1e300 10", "ico/interface", Error("comm_modify cutoff")),
        _case("iface.nbins_huge", f"{base} 5.0 2147483647", "ico/interface", Error("nbins")),
        _case("iface.interface_reversed", f"{base} 5.0 10 interface 0.6 0.4", "ico/interface", Error("below lo")),
        _case("iface.interface_missing", f"{base} 5.0 10 interface 0.4", "ico/interface", Error("interface")),
        _case("iface.interface_nan", f"{base} 5.0 10 interface nan 0.6", "ico/interface", Error("'nan'")),
        _case("iface.rich_reversed", f"{base} 5.0 10 rich 0.2 0.8", "ico/interface", Error("b_max")),
        _case("iface.rich_negative", f"{base} 5.0 10 rich 0.8 -0.2", "ico/interface", Error("'-0.2'")),
        _case("iface.interface_point", f"{base} 5.0 10 interface 0.5 0.5", "ico/interface",
              Accept("a zero-width band is a valid, if strict, definition of the interface")),
        _case("iface.interface_beyond_one", f"{base} 5.0 10 interface 0.4 7", "ico/interface",
              Accept("fractions never exceed 1, so hi > 1 is the same band as hi = 1")),
        _case("iface.conc_column", f"{prefix} c_cc[1] c_ico c_pe 5.0 10", "ico/interface",
              Accept("a column of a per-atom array is a valid input"),
              extra="compute cc all conc/atom 5.0 type 1 counts yes\n"),
        _case("iface.documented", f"{base} 5.0 10 interface 0.4 0.6 rich 0.7 0.3", "ico/interface",
              Accept("documented keywords")),
    ]
    return c


def msd_exponent():
    name, prefix = "msd", "fix X all msd/exponent"
    tokens = ["5", "0.02", "0.2"]
    c = _mutations(prefix, tokens, {0: "int", 1: "double", 2: "double"}, "msd/exponent", name)
    c += _truncations(prefix, tokens, 3, "msd/exponent", name)
    c += _keyword_cases(prefix, tokens, "msd/exponent", name)
    base = f"{prefix} 5 0.02 0.2"
    c += [
        _case("msd.tmax_below_tmin", f"{prefix} 5 0.2 0.02", "msd/exponent", Error("larger than tmin")),
        _case("msd.window_below_one_sample", f"{prefix} 5 0.001 0.005", "msd/exponent", Error("fit window")),
        _case("msd.window_between_lags", f"{prefix} 5 0.011 0.019", "msd/exponent", Error("fit window")),
        _case("msd.lagmax_huge", f"{base} lagmax 1e300", "msd/exponent", Error("lagmax")),
        _case("msd.lagmax_below_tmax", f"{base} lagmax 0.1", "msd/exponent", Error("lagmax")),
        _case("msd.lagmax_nan", f"{base} lagmax nan", "msd/exponent", Error("'nan'")),
        _case("msd.origins_huge", f"{base} origins 1000000", "msd/exponent", Error("origins 1000000")),
        _case("msd.origins_max_int", f"{base} origins 2147483647", "msd/exponent", Error("origins 2147483647")),
        _case("msd.origins_zero", f"{base} origins 0", "msd/exponent", Error("'0'")),
        _case("msd.lags_max_int", f"{base} lags 2147483647", "msd/exponent",
              Accept("more lags than sample intervals up to lagmax: every interval is a lag, "
                     "and work and memory stay bounded by the intervals (doc)")),
        _case("msd.lags_one", f"{base} lags 1", "msd/exponent", Error("fit window")),
        _case("msd.type_bad", f"{base} type 1.5", "msd/exponent", Error("'1.5'")),
        _case("msd.type_letter", f"{base} type a", "msd/exponent", Error("'a'")),
        _case("msd.type_out_of_range", f"{base} type 3", "msd/exponent", Error("'3'")),
        _case("msd.type_missing", f"{base} type", "msd/exponent", Error("type")),
        _case("msd.type_repeated", f"{base} type 1 type 2", "msd/exponent",
              Accept("each listed type gets a column, in the order listed (doc)")),
        _case("msd.com_bad", f"{base} com sometimes", "msd/exponent", Error("'sometimes'")),
        _case("msd.com_one_atom", "fix X one msd/exponent 5 0.02 0.2 com yes", "msd/exponent",
              Error("one atom")),
        _case("msd.one_atom", "fix X one msd/exponent 5 0.02 0.2", "msd/exponent",
              Accept("the MSD of one atom is defined (a noisy but honest estimate)")),
        _case("msd.empty_group", "fix X none msd/exponent 5 0.02 0.2", "msd/exponent", Error("no atoms")),
        _case("msd.type_not_in_group", "fix X one msd/exponent 5 0.02 0.2 type 2", "msd/exponent",
              Error("no atom of type 2"), extra="set atom 1 type 1\n"),
        _case("msd.nevery_huge", f"{prefix} 2147483647 1e9 1e10", "none",
              Accept("a sampling interval longer than the run samples only the first step; "
                     "the fit reports 0 points")),
        _case("msd.triclinic", f"{base} com yes", "msd/exponent",
              Accept("unwrapping uses the cell's image flags in any cell shape"), setup="triclinic"),
        _case("msd.rmass_com", f"{base} com yes", "msd/exponent",
              Accept("per-atom masses enter the centre of mass"), setup="rmass"),
        _case("msd.lj_units", f"{prefix} 5 0.02 0.2", "msd/exponent",
              Accept("times are in the deck's units; nothing depends on metal"), setup="lj"),
        _case("msd.many_origins_migrating", f"{prefix} 1 0.002 0.8 origins 600 lags 20", "msd/exponent",
              Accept("600 origins (1800 doubles per atom) travel with atoms that migrate between "
                     "ranks: the exchange buffer is sized for them"), setup="hot", steps=400),
    ]
    return c


def vdos():
    name, prefix = "vdos", "fix X all vdos"
    tokens = ["2", "50"]
    c = _mutations(prefix, tokens, {0: "int", 1: "int"}, "vdos", name)
    c += _truncations(prefix, tokens, 2, "vdos", name)
    c += _keyword_cases(prefix, tokens, "vdos", name)
    base = f"{prefix} 2 50"
    c += [
        _case("vdos.nlag_one", f"{prefix} 2 1", "vdos", Error("at least 2")),
        _case("vdos.nlag_huge", f"{prefix} 5 100000", "vdos", Error("Nlag 100000")),
        _case("vdos.nlag_max_int", f"{prefix} 5 2147483647", "vdos", Error("Nlag 2147483647")),
        _case("vdos.origins_above_nlag", f"{base} origins 60", "vdos", Error("origins")),
        _case("vdos.origins_zero", f"{base} origins 0", "vdos", Error("'0'")),
        _case("vdos.window_bad", f"{base} window blackman", "vdos", Error("window")),
        _case("vdos.window_missing", f"{base} window", "vdos", Error("window")),
        _case("vdos.type_bad", f"{base} type sometimes", "vdos", Error("'sometimes'")),
        _case("vdos.direction_missing", f"{base} direction", "vdos", Error("direction")),
        _case("vdos.temp_missing", f"{base} temp", "vdos", Error("temp")),
        _case("vdos.temp_negative", f"{base} temp -5", "vdos", Error("temp")),
        _case("vdos.temp_nan", f"{base} temp nan", "vdos", Error("temp")),
        _case("vdos.temp_tiny", f"{base} temp 1e-300", "vdos",
              Accept("C_v -> 0 as T -> 0: every mode above omega = 0 is frozen out; the value "
                     "is finite (tested against the limit in the unit tests)")),
        _case("vdos.temp_huge", f"{base} temp 1e300", "vdos",
              Accept("C_v -> 3 k_B per mode at high T, the classical limit")),
        _case("vdos.temp_lj", f"{base} temp 1.0", "vdos", Error("units metal"), setup="lj"),
        _case("vdos.lj_units", f"{base}", "vdos",
              Accept("the spectrum is in the deck's time units; only temp needs metal"), setup="lj"),
        _case("vdos.all_keywords", f"{base} origins 10 window none type yes direction yes temp 10 300",
              "vdos", Accept("documented keywords")),
        _case("vdos.keywords_twice", f"{base} window none window hann origins 5 origins 10", "vdos",
              Accept("LAMMPS convention: the later keyword wins")),
        _case("vdos.empty_group", "fix X none vdos 2 50", "vdos", Error("no atoms")),
        _case("vdos.one_atom", "fix X one vdos 2 50", "vdos",
              Accept("one atom has a velocity autocorrelation and hence a spectrum (3 modes)")),
        _case("vdos.rmass", f"{base} type yes", "vdos",
              Accept("per-atom masses weight the VACF (sqrt(m) v)"), setup="rmass"),
        _case("vdos.triclinic", f"{base}", "vdos", Accept("velocities do not depend on the cell"),
              setup="triclinic"),
        _case("vdos.film", f"{base} direction yes", "vdos", Accept("films are what fix vdos is for"),
              setup="film"),
        _case("vdos.nevery_huge", f"{prefix} 2147483647 50", "none",
              Accept("samples only the first step: the spectrum stays empty and says so by 0 "
                     "origins at the longest lag")),
        _case("vdos.many_origins_migrating", f"{prefix} 1 600 origins 600", "vdos",
              Accept("600 origins (1800 doubles per atom) travel with atoms that migrate between "
                     "ranks: the exchange buffer is sized for them"), setup="hot", steps=400),
    ]
    return c


def generic():
    """Cases that apply to every compute: empty and one-atom groups, missing group, box shapes."""
    computes = {"conc/atom": "conc/atom 5.0 type 1", "ico/atom": "ico/atom 3.5",
                "sq/bt": "sq/bt 1 2 0.2 4.0 40", "percolation": "percolation 3.5",
                "ico/interface": "ico/interface c_conc c_ico c_pe 5.0 10"}
    c = []
    for style, args in computes.items():
        short = style.replace("/", "_")
        c.append(_case(f"{short}.empty_group", f"compute X none {args}", style, Error("no atoms")))
        c.append(_case(f"{short}.missing_group", f"compute X nogroup {args}", style, Error("group")))
        c.append(_case(f"{short}.triclinic", f"compute X all {args}", style,
                       Accept("triclinic boxes are supported (doc)"), setup="triclinic"))
        c.append(_case(f"{short}.rmass", f"compute X all {args}", style,
                       Accept("structure does not depend on masses"), setup="rmass"))
        one = Error("needs both") if style == "sq/bt" else Accept(
            "a one-atom group is a valid (if small) selection; its neighbours still count")
        c.append(_case(f"{short}.one_atom", f"compute X one {args}", style, one))
        c.append(_case(f"{short}.duplicate_id", f"compute X all {args}\ncompute X all {args}", style,
                       Error("ID")))
    lj = {"conc/atom": "conc/atom 1.5 type 1", "ico/atom": "ico/atom 1.4", "sq/bt": "sq/bt 1 2 0.5 6.0 20",
          "percolation": "percolation 1.4 select c_ico",
          "ico/interface": "ico/interface c_conc c_ico c_pe 2.0 10"}
    for style, args in lj.items():
        c.append(_case(f"{style.replace('/', '_')}.lj_units", f"compute X all {args}", style,
                       Accept("lengths are in the deck's units; nothing depends on metal"), setup="lj"))
    two_d = {"conc/atom": ("conc/atom 1.5 type 1", Accept("a local fraction in a circle")),
             "ico/atom": ("ico/atom 1.4", Error("only in 3d")),
             "sq/bt": ("sq/bt 1 2 0.5 6.0 20", Accept("in-plane wavevectors: the 2d S(q) (tested)")),
             "percolation": ("percolation 1.4 select v_half",
                             Accept("2d cell: widths and saturated span of the plane (tested)")),
             "ico/interface": ("ico/interface c_conc v_half c_pe 2.0 10", Error("c_ID")),
             "msd/exponent": ("msd/exponent 5 0.02 0.2", Accept("in-plane displacements")),
             "vdos": ("vdos 2 50 direction yes", Accept("two modes per atom (tested)"))}
    for style, (args, expect) in two_d.items():
        kind = "fix" if style in ("msd/exponent", "vdos") else "compute"
        c.append(_case(f"{style.replace('/', '_')}.2d", f"{kind} X all {args}", style, expect, setup="2d"))
    c.append(_case("ico_interface.2d_labels", "compute X all ico/interface c_conc c_lab c_pe 2.0 10",
                   "ico/interface", Accept("any per-atom label serves; distances in the plane"),
                   setup="2d", extra="compute lab all property/atom type\n"))
    film = {"conc/atom": "conc/atom 5.0 type 1", "ico/atom": "ico/atom 3.5",
            "ico/interface": "ico/interface c_conc c_ico c_pe 5.0 10"}
    for style, args in film.items():
        c.append(_case(f"{style.replace('/', '_')}.film", f"compute X all {args}", style,
                       Accept("neighbour analyses need no periodicity"), setup="film"))
    return c


def lifecycle():
    """Fixes and computes redefined, removed and redefined, and a zero timestep."""
    c = []
    for style, args in (("msd/exponent", "5 0.02 0.2"), ("vdos", "2 50")):
        short = style.replace("/", "_")
        c.append(_case(f"{short}.zero_timestep", f"fix X all {style} {args}", style,
                       Error("positive timestep"), extra="timestep 0.0\n"))
        c.append(_case(f"{short}.redefined", f"fix X all {style} {args}\nfix X all {style} {args} origins 4",
                       style, Accept("LAMMPS replaces a fix defined again with the same ID; the new "
                                     "one starts its own history")))
        c.append(_case(f"{short}.unfixed_and_defined_again",
                       f"fix X all {style} {args}\nrun 10\nunfix X\nfix X all {style} {args}", style,
                       Accept("the history of the removed fix is released with its callbacks")))
        c.append(_case(f"{short}.restart_other_arguments",
                       f"fix X all {style} {args}\nrun 10\nwrite_restart fuzz.restart\nclear\n"
                       f"plugin load {{plugin}}\nread_restart fuzz.restart\npair_style eam/alloy\npair_coeff * * {{pot}} Cu Nb\n"
                       f"fix X all {style} {args} origins 3", style, Error("restart")))
    # rerun over a dump written in the case itself, with fields missing or frames too sparse
    write = ("dump d all custom 10 fuzz_{name}.dump {fields}\ndump_modify d format float %.17g\n"
             "run 100\nundump d\n")
    for name, fields, fix, rerun_fields, expect in (
            ("vdos_no_velocities", "id type x y z ix iy iz", "vdos 10 8", "x y z ix iy iz", Error("vx vy vz")),
            ("msd_no_images", "id type x y z", "msd/exponent 10 0.02 0.2", "x y z", Error("ix iy iz")),
            ("vdos_sparse_frames", "id type x y z vx vy vz", "vdos 5 8", "x y z vx vy vz", Error("Nevery steps apart")),
            ("msd_frames_off_nevery", "id type x y z ix iy iz", "msd/exponent 20 0.04 0.2", "x y z ix iy iz",
             Error("not a multiple of Nevery")),
            ("msd_unwrapped", "id type xu yu zu", "msd/exponent 10 0.02 0.2", "x y z",
             Accept("unwrapped coordinates carry the image information")),
            ("vdos_complete", "id type x y z vx vy vz", "vdos 10 8", "x y z vx vy vz",
             Accept("the dump has what the fix needs"))):
        short = fix.split()[0].replace("/", "_")
        c.append(_case(f"{short}.rerun_{name}",
                       write.format(name=name, fields=fields) + f"fix X all {fix}\n"
                       f"rerun fuzz_{name}.dump dump {rerun_fields}", "none", expect, setup="hot", steps=0))
    c.append(_case("conc_atom.uncomputed_and_defined_again",
                   "compute X all conc/atom 5.0 type 1\nrun 0\nuncompute X\ncompute X all conc/atom 4.0 type 2",
                   "conc/atom", Accept("a compute removed and defined again is a new compute")))
    return c


def has_style():
    """The plugin's command has_style: argument counts, categories, names and variable names."""
    c = [_case(f"has_style.only{k}", " ".join(["has_style", "compute", "ptm/atom", "v"][:k + 1]), "none",
               Error(f"got {k}")) for k in range(3)]
    c.append(_case("has_style.extra", "has_style compute ptm/atom v w", "none", Error("got 4")))
    for token in ("computes", "Compute", "nan", "1e400", "''"):
        c.append(_case(f"has_style.category_{token.strip(chr(39)) or 'empty'}", f"has_style {token} ptm/atom v",
                       "none", Error("unknown category")))
    for token in ("v[1]", "v.x", "v-1", "c_X"):
        expect = Accept("letters, digits and underscores make a variable name") if token == "c_X" \
            else Error(f"'{token}' is not a variable name")
        c.append(_case(f"has_style.variable_{token.replace('[', '').replace(']', '').replace('.', '_')}",
                       f"has_style compute ptm/atom {token}", "none", expect))
    c.append(_case("has_style.variable_taken", "has_style compute ptm/atom scalar", "none",
                   Error("variable 'scalar' exists already")))
    c.append(_case("has_style.long_name", "has_style compute " + "x" * 5000 + " v", "none",
                   Accept("any name is looked up; a missing style gives 0")))
    c.append(_case("has_style.own_style", "has_style compute conc/atom v\nprint 'has=${v}'", "none",
                   Accept("the plugin's own styles are styles of this LAMMPS")))
    return c


def all_cases():
    cases = conc_atom() + ico_atom() + sq_bt() + percolation() + ico_interface() + msd_exponent() \
        + vdos() + generic() + lifecycle() + has_style()
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    return cases
