"""Shared figure set-up of the tools/ plot scripts (Debian python3-matplotlib, no display)."""
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402,F401  (re-exported for the scripts)


def finish(fig, ax, folder, name, title, xlabel, ylabel, legend=True):
    """Label, lay out, write folder/name as a 150 dpi PNG and close the figure."""
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=9)
    if legend:
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(os.path.join(folder, name), dpi=150)
    plt.close(fig)
