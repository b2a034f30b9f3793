"""Convert CTranslate2 Whisper weights into an openai-whisper checkpoint, losslessly.

The CTranslate2 ``model.bin`` (binary format version 6) holds every tensor of the Whisper
network under its own names; openai-whisper loads ``{"dims": {...}, "model_state_dict": {...}}``.
The mapping only renames and splits tensors (fused Q/K/V and K/V projections are cut apart,
``gamma``/``beta`` become ``weight``/``bias``, ``ffn/linear_0``/``linear_1`` become
``mlp.0``/``mlp.2``); values are copied unchanged, so both engines run the same weights.
"""

from __future__ import annotations

import json
import logging
import struct
from pathlib import Path

import numpy as np

from podcast.errors import ModelError
from podcast.fsutil import atomic_path

log = logging.getLogger(__name__)

_DTYPES = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16}
CHECKPOINT_NAME = "openai-whisper.pt"


def read_ct2_model(path: Path) -> dict[str, np.ndarray]:
    """Every variable of a CTranslate2 ``model.bin`` as numpy arrays (aliases resolved)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"cannot read: {exc.strerror}", path=path) from None
    pos = 0

    def take(fmt: str) -> tuple:
        nonlocal pos
        size = struct.calcsize(fmt)
        if pos + size > len(data):
            raise ModelError(f"truncated at byte {pos}", path=path)
        values = struct.unpack_from(fmt, data, pos)
        pos += size
        return values

    def string() -> str:
        nonlocal pos
        (length,) = take("<H")
        text = data[pos:pos + length - 1].decode("utf-8")
        pos += length
        return text

    (version,) = take("<I")
    if version != 6:
        raise ModelError(f"unsupported CTranslate2 binary version {version} (expected 6)",
                         path=path)
    spec = string()
    if spec != "WhisperSpec":
        raise ModelError(f"not a Whisper model (spec {spec!r})", path=path)
    take("<I")  # spec revision
    (count,) = take("<I")
    variables: dict[str, np.ndarray] = {}
    for _ in range(count):
        name = string()
        (rank,) = take("<B")
        shape = take("<" + "I" * rank) if rank else ()
        (type_id,) = take("<B")
        (nbytes,) = take("<I")
        if type_id not in _DTYPES:
            raise ModelError(f"variable {name}: unsupported type id {type_id}", path=path)
        if type_id == 1 and rank > 0:
            raise ModelError("int8-quantised weights cannot be converted losslessly; "
                             "use a float16/float32 model", path=path)
        array = np.frombuffer(data, dtype=_DTYPES[type_id], count=nbytes
                              // np.dtype(_DTYPES[type_id]).itemsize, offset=pos)
        pos += nbytes
        variables[name] = array.reshape(shape) if shape else array.reshape(())
    if pos < len(data):
        (aliases,) = take("<I")
        for _ in range(aliases):
            alias = string()
            target = string()
            variables[alias] = variables[target]
    return variables


def _count_layers(variables: dict[str, np.ndarray], prefix: str) -> int:
    n = 0
    while f"{prefix}/layer_{n}/ffn/linear_0/weight" in variables:
        n += 1
    return n


def ct2_to_openai_state(variables: dict[str, np.ndarray]) -> tuple[dict, dict[str, np.ndarray]]:
    """(dims, state dict as numpy arrays) for openai-whisper's ``Whisper`` module."""
    v = variables
    state: dict[str, np.ndarray] = {}

    def norm(dst: str, src: str) -> None:
        state[f"{dst}.weight"] = v[f"{src}/gamma"]
        state[f"{dst}.bias"] = v[f"{src}/beta"]

    def linear(dst: str, src: str, bias: bool = True) -> None:
        state[f"{dst}.weight"] = v[f"{src}/weight"]
        if bias:
            state[f"{dst}.bias"] = v[f"{src}/bias"]

    def split(src: str, parts: list[str], prefix: str) -> None:
        weight, bias = v[f"{src}/weight"], v[f"{src}/bias"]
        n = len(parts)
        for i, (w, b) in enumerate(zip(np.split(weight, n, axis=0), np.split(bias, n),
                                       strict=True)):
            state[f"{prefix}.{parts[i]}.weight"] = w
            if parts[i] != "key":  # Whisper's key projection has no bias (CTranslate2: zeros)
                state[f"{prefix}.{parts[i]}.bias"] = b

    def mlp(dst: str, src: str) -> None:
        linear(f"{dst}.mlp.0", f"{src}/ffn/linear_0")
        linear(f"{dst}.mlp.2", f"{src}/ffn/linear_1")
        norm(f"{dst}.mlp_ln", f"{src}/ffn/layer_norm")

    n_audio_layer = _count_layers(v, "encoder")
    n_text_layer = _count_layers(v, "decoder")
    for name in ("conv1", "conv2"):
        linear(f"encoder.{name}", f"encoder/{name}")
    state["encoder.positional_embedding"] = v["encoder/position_encodings/encodings"]
    for i in range(n_audio_layer):
        src, dst = f"encoder/layer_{i}", f"encoder.blocks.{i}"
        split(f"{src}/self_attention/linear_0", ["query", "key", "value"], f"{dst}.attn")
        linear(f"{dst}.attn.out", f"{src}/self_attention/linear_1")
        norm(f"{dst}.attn_ln", f"{src}/self_attention/layer_norm")
        mlp(dst, src)
    norm("encoder.ln_post", "encoder/layer_norm")
    state["decoder.token_embedding.weight"] = v["decoder/embeddings/weight"]
    state["decoder.positional_embedding"] = v["decoder/position_encodings/encodings"]
    for i in range(n_text_layer):
        src, dst = f"decoder/layer_{i}", f"decoder.blocks.{i}"
        split(f"{src}/self_attention/linear_0", ["query", "key", "value"], f"{dst}.attn")
        linear(f"{dst}.attn.out", f"{src}/self_attention/linear_1")
        norm(f"{dst}.attn_ln", f"{src}/self_attention/layer_norm")
        linear(f"{dst}.cross_attn.query", f"{src}/attention/linear_0")
        split(f"{src}/attention/linear_1", ["key", "value"], f"{dst}.cross_attn")
        linear(f"{dst}.cross_attn.out", f"{src}/attention/linear_2")
        norm(f"{dst}.cross_attn_ln", f"{src}/attention/layer_norm")
        mlp(dst, src)
    norm("decoder.ln", "decoder/layer_norm")
    conv1 = v["encoder/conv1/weight"]
    dims = {
        "n_mels": int(conv1.shape[1]),
        "n_audio_ctx": int(v["encoder/position_encodings/encodings"].shape[0]),
        "n_audio_state": int(conv1.shape[0]),
        "n_audio_head": int(v["encoder/num_heads"]),
        "n_audio_layer": n_audio_layer,
        "n_vocab": int(v["decoder/embeddings/weight"].shape[0]),
        "n_text_ctx": int(v["decoder/position_encodings/encodings"].shape[0]),
        "n_text_state": int(v["decoder/embeddings/weight"].shape[1]),
        "n_text_head": int(v["decoder/num_heads"]),
        "n_text_layer": n_text_layer,
    }
    return dims, state


def convert_ct2_to_openai(model_dir: Path, output: Path | None = None) -> Path:
    """Write (once) an openai-whisper checkpoint converted from a CTranslate2 folder.

    The checkpoint also carries the alignment heads from ``config.json`` (for word
    timestamps). Returns its path; an existing checkpoint newer than ``model.bin`` is reused.
    """
    try:
        import torch
    except ImportError:
        raise ModelError("openai-whisper needs PyTorch: pip install torch==2.13.0 "
                         "(CPU) then pip install 'kommunpodd[openai-whisper]'") from None
    model_dir = Path(model_dir)
    source = model_dir / "model.bin"
    output = Path(output) if output else model_dir / CHECKPOINT_NAME
    if output.is_file() and output.stat().st_mtime_ns >= source.stat().st_mtime_ns:
        return output
    dims, arrays = ct2_to_openai_state(read_ct2_model(source))
    state = {k: torch.from_numpy(np.array(a)) for k, a in arrays.items()}
    heads = []
    config = model_dir / "config.json"
    if config.is_file():
        try:
            heads = json.loads(config.read_text(encoding="utf-8")).get("alignment_heads") or []
        except ValueError as exc:
            raise ModelError(f"invalid JSON ({exc})", path=config) from None
    checkpoint = {"dims": dims, "model_state_dict": state, "alignment_heads": heads}
    with atomic_path(output) as tmp:
        torch.save(checkpoint, tmp)
    log.info("converted %s to an openai-whisper checkpoint at %s", source, output)
    return output
