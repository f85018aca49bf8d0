#!/usr/bin/env bash
# Builds java-llama.cpp's native library (the JNI half of the binding ambit uses) for this machine and installs
# it where ambit looks before the bundled one: <data dir>/native/local-<binding version>/.
#
# Why: the library bundled in the binding's jar is CPU-only and built for AVX2; a GPU build (CUDA) or one that uses
# every instruction set of this CPU (AVX-512, ...) has to be compiled here.
# Takes 5-15 minutes on a laptop. Needs cmake, a C++17 compiler and, unless you pass source directories, git and
# network access to GitHub.
set -euo pipefail

BINDING_VERSION=4.2.0          # must match the java-llama.cpp jar ambit is built with (pom.xml)
LLAMA_TAG=b4916                # the llama.cpp tag java-llama.cpp 4.2.0 is built against
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"

usage() {
  cat <<EOF
Usage: native/build.sh [options] [-- extra cmake arguments]

Builds java-llama.cpp $BINDING_VERSION's native library against llama.cpp $LLAMA_TAG and installs it for ambit.

Options:
  --cpu native|portable  native (default): tuned for this CPU (-march=native); portable: AVX2/FMA/F16C only,
                         for a library you copy to other x86-64 machines
  --cuda                 build the CUDA back-end (NVIDIA GPUs; needs the CUDA toolkit), for --gpu-layers
  --llama-src DIR        an existing llama.cpp source tree instead of cloning tag $LLAMA_TAG
  --jllama-src DIR       an existing java-llama.cpp source tree instead of cloning tag v$BINDING_VERSION
  --build-dir DIR        where to build (default: \$TMPDIR/ambit-native-build); kept for faster rebuilds
  --dest DIR             where to install (default: \$AMBIT_HOME/native/local-$BINDING_VERSION, with AMBIT_HOME
                         defaulting to \$XDG_DATA_HOME/ambit or ~/.local/share/ambit)
  --jobs N               parallel compile jobs (default: number of cores)
  -h, --help             this text

Exit codes: 0 installed, 2 bad usage, 3 a tool is missing, 4 fetching sources failed, 5 the build failed.
Remove the installed directory to go back to the bundled library. 'ambit bench --json' reports which library
is in use (native_library).
EOF
}

die() { local code=$1; shift; echo "native/build.sh: $*" >&2; exit "$code"; }

cpu=native cuda=0 llama_src="" jllama_src="" build_dir="" dest="" jobs="$(nproc 2>/dev/null || echo 2)"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --cpu) [ $# -ge 2 ] || die 2 "--cpu needs a value (native or portable)"; cpu="$2"; shift 2 ;;
    --cuda) cuda=1; shift ;;
    --llama-src) [ $# -ge 2 ] || die 2 "--llama-src needs a directory"; llama_src="$2"; shift 2 ;;
    --jllama-src) [ $# -ge 2 ] || die 2 "--jllama-src needs a directory"; jllama_src="$2"; shift 2 ;;
    --build-dir) [ $# -ge 2 ] || die 2 "--build-dir needs a directory"; build_dir="$2"; shift 2 ;;
    --dest) [ $# -ge 2 ] || die 2 "--dest needs a directory"; dest="$2"; shift 2 ;;
    --jobs) [ $# -ge 2 ] || die 2 "--jobs needs a number"; jobs="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) die 2 "unknown option '$1' (see --help)" ;;
  esac
done
case "$cpu" in native|portable) ;; *) die 2 "--cpu must be native or portable, not '$cpu'" ;; esac
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || die 2 "--jobs must be a positive whole number, not '$jobs'"
for dir in "$llama_src" "$jllama_src"; do
  [ -z "$dir" ] || [ -d "$dir" ] || die 2 "source directory '$dir' does not exist"
done
[ -z "$llama_src" ] || [ -f "$llama_src/common/json.hpp" ] || die 2 "'$llama_src' is not a llama.cpp source tree (no common/json.hpp)"
[ -z "$jllama_src" ] || [ -f "$jllama_src/src/main/cpp/jllama.cpp" ] || die 2 "'$jllama_src' is not a java-llama.cpp source tree"

command -v cmake >/dev/null 2>&1 || die 3 "cmake is needed (e.g. apt-get install cmake)"
command -v c++ >/dev/null 2>&1 || die 3 "a C++ compiler is needed (e.g. apt-get install g++)"
if [ $cuda = 1 ]; then command -v nvcc >/dev/null 2>&1 || die 3 "--cuda needs the CUDA toolkit (nvcc on PATH)"; fi

case "$(uname -s)" in
  Linux) os=Linux lib=libjllama.so ;;
  Darwin) os=Mac lib=libjllama.dylib ;;
  *) die 3 "this script builds on Linux and macOS; on Windows follow java-llama.cpp's README" ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x86_64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) die 3 "unsupported CPU architecture $(uname -m)" ;;
esac

home="${AMBIT_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/ambit}"
dest="${dest:-$home/native/local-$BINDING_VERSION}"
build_dir="${build_dir:-${TMPDIR:-/tmp}/ambit-native-build}"
mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"

fetch() { # fetch NAME URL TAG -> prints the source directory
  local target="$build_dir/src/$1"
  if [ ! -d "$target/.git" ] && [ ! -f "$target/.fetched" ]; then
    command -v git >/dev/null 2>&1 || die 3 "git is needed to fetch $1 (or pass its source directory)"
    rm -rf "$target"
    git clone -q --depth 1 --branch "$3" "$2" "$target" >&2 || die 4 "cannot clone $2 at $3 (offline? pass --${1}-src)"
    touch "$target/.fetched"
  fi
  echo "$target"
}
[ -n "$llama_src" ] || llama_src="$(fetch llama https://github.com/ggml-org/llama.cpp.git "$LLAMA_TAG")"
[ -n "$jllama_src" ] || jllama_src="$(fetch jllama https://github.com/kherud/java-llama.cpp.git "v$BINDING_VERSION")"
llama_src="$(cd "$llama_src" && pwd)"
jllama_src="$(cd "$jllama_src" && pwd)"

# java-llama.cpp fetches nlohmann/json from GitHub; llama.cpp carries the same single header, so offer that.
shim="$build_dir/json"
mkdir -p "$shim/include/nlohmann"
cp "$llama_src/common/json.hpp" "$shim/include/nlohmann/json.hpp"
cat >"$shim/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.14)
project(nlohmann_json CXX)
add_library(nlohmann_json INTERFACE)
target_include_directories(nlohmann_json INTERFACE ${CMAKE_CURRENT_SOURCE_DIR}/include)
EOF

if [ "$cpu" = native ]; then
  cpu_flags=(-DGGML_NATIVE=ON)
else
  cpu_flags=(-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON)
fi
gpu=none
gpu_flags=()
if [ $cuda = 1 ]; then gpu=cuda; gpu_flags=(-DGGML_CUDA=ON); fi

out="$build_dir/cmake-$cpu-$gpu"
echo "native/build.sh: configuring ($cpu CPU, gpu: $gpu) in $out" >&2
cmake -S "$jllama_src" -B "$out" -DCMAKE_BUILD_TYPE=Release -DOS_NAME="$os" -DOS_ARCH="$arch" \
  -DFETCHCONTENT_SOURCE_DIR_LLAMA.CPP="$llama_src" -DFETCHCONTENT_SOURCE_DIR_JSON="$shim" \
  -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF \
  "${cpu_flags[@]}" "${gpu_flags[@]}" ${extra[@]+"${extra[@]}"} >"$out.configure.log" 2>&1 \
  || die 5 "cmake configuration failed; see $out.configure.log"
echo "native/build.sh: compiling with $jobs jobs (log: $out.build.log)" >&2
cmake --build "$out" --config Release --target jllama -j "$jobs" >"$out.build.log" 2>&1 \
  || die 5 "the build failed; see $out.build.log"

# java-llama.cpp's CMakeLists writes the library into its own resource tree.
built="$(find "$jllama_src/src/main" -path "*/$os/$arch/$lib" -newer "$out.configure.log" -print -quit)"
[ -n "$built" ] || die 5 "the build finished but $lib was not found under $jllama_src/src/main"

llama_rev="$(git -C "$llama_src" describe --tags --always 2>/dev/null || echo "$LLAMA_TAG")"
mkdir -p "$dest"
tmp="$(mktemp -d "$dest/.install.XXXXXX")"
cp "$built" "$tmp/$lib"
cat >"$tmp/build.properties" <<EOF
binding=$BINDING_VERSION
llama_cpp=$llama_rev
cpu=$([ "$cpu" = native ] && echo "GGML_NATIVE=ON" || echo "AVX2+FMA+F16C")
gpu=$gpu
built=$(date -u +%Y-%m-%dT%H:%M:%SZ)
EOF
# Library first, description last: ambit only uses a directory whose library is complete.
mv -f "$tmp/$lib" "$dest/$lib"
mv -f "$tmp/build.properties" "$dest/build.properties"
rmdir "$tmp"
echo "installed $dest/$lib (llama.cpp $llama_rev, $cpu CPU, gpu: $gpu)"
echo "ambit uses it from now on; 'ambit bench --json' shows it as native_library. Remove $dest to undo."
