import trash from 'trash';

/** serve's way to delete: the system trash (freedesktop Trash on Linux, the Finder's on macOS, the Recycle Bin on Windows). */
export async function moveToTrash(absolutePath: string): Promise<void> {
  await trash(absolutePath, { glob: false });
}
